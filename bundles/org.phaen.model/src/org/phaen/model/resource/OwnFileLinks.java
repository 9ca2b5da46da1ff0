/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.util.List;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Links of a plan to elements of its own file. A list that mixes links into another file with links into its own
 * file is written as {@code href}s, the own ones as {@code #uuid}; loading makes those proxies naming the file by
 * its path. Before the plan moves to another file they must be resolved, or they would be saved naming the old file.
 */
final class OwnFileLinks {

    private OwnFileLinks() {}

    /** Resolves every not yet resolved link from the resource's elements to elements of the same resource. */
    static void resolve(Resource resource) {
        URI own = resource.getURI();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); ) {
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment()
                        || reference.isContainer()
                        || reference.isDerived()
                        || reference.isTransient()
                        || !reference.isResolveProxies()
                        || !object.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    resolveInList((InternalEList<?>) object.eGet(reference, false), own);
                } else if (pointsInto(object.eGet(reference, false), own)) {
                    object.eGet(reference, true); // resolving a single link replaces the proxy in place
                }
            }
        }
    }

    private static void resolveInList(InternalEList<?> list, URI own) {
        List<?> unresolved = list.basicList();
        for (int i = 0; i < unresolved.size(); i++) {
            if (pointsInto(unresolved.get(i), own)) {
                list.get(i); // get resolves the proxy at i and puts the element in its place
            }
        }
    }

    private static boolean pointsInto(Object value, URI own) {
        return value instanceof InternalEObject proxy
                && proxy.eIsProxy()
                && own.equals(proxy.eProxyURI().trimFragment());
    }
}
