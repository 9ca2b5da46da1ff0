/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import org.eclipse.emf.ecore.EObject;

/**
 * A reference's target as a value: equal when the UUIDs are (the same element, wherever either file says it lives);
 * the target object is kept to name it and to write the link again.
 *
 * @param uuid the target's UUID
 * @param target the target, possibly an unresolved link into another file
 */
public record Link(String uuid, EObject target) {

    Link(EObject target) {
        this(PlanIndex.uuidOf(target), target);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Link link && java.util.Objects.equals(uuid, link.uuid);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(uuid);
    }
}
