/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Follows the links of a plan file into other files and lists the ones that lead nowhere. */
public final class CrossFileLinks {

    private CrossFileLinks() {}

    /** Every link of the resource to another file that does not resolve; following links loads the linked files into the set. */
    public static List<UnresolvedLink> unresolved(Resource resource) {
        List<UnresolvedLink> unresolved = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); ) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment()
                        || reference.isContainer()
                        || reference.isDerived()
                        || reference.isTransient()) {
                    continue;
                }
                Object value = object.eGet(reference, false);
                for (Object target : value instanceof List<?> list ? list : Collections.singletonList(value)) {
                    if (target instanceof EObject proxy
                            && proxy.eIsProxy()
                            && EcoreUtil.resolve(proxy, object).eIsProxy()) {
                        URI uri = ((InternalEObject) proxy).eProxyURI();
                        unresolved.add(new UnresolvedLink(
                                object, reference.getName(), relative(uri, resource), reason(uri, resource)));
                    }
                }
            }
        }
        return unresolved;
    }

    private static String relative(URI uri, Resource from) {
        URI base = from.getURI();
        return base != null && base.isHierarchical() && !base.isRelative()
                ? uri.deresolve(base).toString()
                : uri.toString();
    }

    private static String reason(URI uri, Resource from) {
        URI file = uri.trimFragment();
        if (file.isFile() && !Files.exists(Path.of(file.toFileString()))) {
            return "no such file";
        }
        Resource other =
                from.getResourceSet() == null ? null : from.getResourceSet().getResource(file, false);
        if (other != null && !other.getErrors().isEmpty()) {
            return "the file cannot be read: " + other.getErrors().get(0).getMessage();
        }
        return "no element with uuid " + uri.fragment() + " in that file";
    }
}
