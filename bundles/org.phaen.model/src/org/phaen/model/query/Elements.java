/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.Named;
import org.phaen.model.resource.Identifiers;

/**
 * Finding elements in loaded plans: by code (codes are unique within a plan file, not across files), by UUID
 * (unique everywhere), and every element of a kind. Nothing is cached: each call walks what it is given.
 */
public final class Elements {

    private Elements() {}

    /**
     * The element with this code in the file of {@code inFile} (a plan, or any element of it), e.g.
     * {@code Elements.byCode(provincial, "PLK-P01", Project.class)}.
     */
    public static <T extends Named> Optional<T> byCode(EObject inFile, String code, Class<T> kind) {
        Notifier scope = inFile.eResource() != null ? inFile.eResource() : EcoreUtil.getRootContainer(inFile);
        return allOf(scope, kind).stream()
                .filter(element -> code.equals(element.getCode()))
                .findFirst();
    }

    /** The element with this UUID in any file of the set (see {@link Identifiers#find}). */
    public static Optional<EObject> byUuid(ResourceSet set, String uuid) {
        return Optional.ofNullable(Identifiers.find(set, uuid));
    }

    /**
     * Every element of a kind (including subkinds) under a scope, in document order: a resource set (every file it
     * holds; links are not followed), a resource, or an element and everything it contains.
     */
    public static <T> List<T> allOf(Notifier scope, Class<T> kind) {
        List<T> found = new ArrayList<>();
        if (kind.isInstance(scope)) {
            found.add(kind.cast(scope));
        }
        for (Iterator<?> it = contents(scope); it.hasNext(); ) {
            Object next = it.next();
            if (kind.isInstance(next)) {
                found.add(kind.cast(next));
            }
        }
        return found;
    }

    private static Iterator<?> contents(Notifier scope) {
        if (scope instanceof ResourceSet set) {
            List<Object> all = new ArrayList<>();
            for (Resource resource : List.copyOf(set.getResources())) {
                resource.getAllContents().forEachRemaining(all::add);
            }
            return all.iterator();
        }
        return scope instanceof Resource resource ? resource.getAllContents() : ((EObject) scope).eAllContents();
    }
}
