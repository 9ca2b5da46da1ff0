/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.util.UUID;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.Identified;

/** Gives every element a stable UUID. */
public final class Identifiers {

    private Identifiers() {}

    /** A new random UUID in the textual form plan files use. */
    public static String newUuid() {
        return UUID.randomUUID().toString();
    }

    /** The element with the UUID in any resource of the set (plans loaded together), or null. */
    public static EObject find(ResourceSet set, String uuid) {
        for (Resource resource : set.getResources()) {
            EObject found = resource.getEObject(uuid);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Assigns a UUID to every element of the resource that has none; returns how many. */
    public static int ensureAll(Resource resource) {
        int assigned = 0;
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext(); ) {
            if (it.next() instanceof Identified identified && identified.getUuid() == null) {
                identified.setUuid(newUuid());
                assigned++;
            }
        }
        return assigned;
    }
}
