/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Two versions that changed one element incompatibly. Never resolved silently: a merge with conflicts writes nothing
 * unless a side is preferred, and then each conflict is listed with the side chosen.
 *
 * @param kind what the two sides did
 * @param uuid the element's UUID
 * @param base the element in the common ancestor (null when both sides added it)
 * @param mine the element in my version (null when I deleted it)
 * @param theirs the element in their version (null when they deleted it)
 * @param feature the attribute, reference or list concerned, or null for the whole element
 * @param other the element the conflict is about besides this one (the deleted container or the deleted link
 *     target), or null
 * @param deletedBy the side that deleted the element, its container or the link's target; null for other kinds
 */
public record Conflict(
        Kind kind,
        String uuid,
        EObject base,
        EObject mine,
        EObject theirs,
        EStructuralFeature feature,
        EObject other,
        Side deletedBy) {

    /** The kinds of conflict, the names in {@code docs/compare.md}. */
    public enum Kind {
        /** The same attribute or reference changed to different values. */
        FEATURE,
        /** Deleted on one side; changed, moved, or given a new element on the other. */
        DELETE_CHANGE,
        /** Moved to different places on both sides. */
        MOVE_MOVE,
        /** A link set on one side to an element the other side deleted. */
        REFERENCE_TO_DELETED,
        /** The same ordered list reordered differently on both sides. */
        ORDER_ORDER
    }

    /** The element as either version has it, for naming it. */
    public EObject element() {
        return mine != null ? mine : theirs != null ? theirs : base;
    }
}
