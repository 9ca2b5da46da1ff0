/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/** The elements of loaded models that tests look for and assert over. */
public final class ModelAssertions {

    private ModelAssertions() {}

    /** Every element of a kind in the set's resources, in model order. */
    public static <T> List<T> all(ResourceSet set, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            collect(resource.getAllContents(), type, found);
        }
        return found;
    }

    /** Every element of a kind below {@code root}, in model order. */
    public static <T> List<T> all(EObject root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root.eAllContents(), type, found);
        return found;
    }

    private static <T> void collect(Iterator<EObject> contents, Class<T> type, List<T> into) {
        contents.forEachRemaining(next -> {
            if (type.isInstance(next)) {
                into.add(type.cast(next));
            }
        });
    }
}
