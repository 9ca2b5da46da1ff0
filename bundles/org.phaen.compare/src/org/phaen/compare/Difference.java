/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** One difference between two versions of a plan, about one element matched by UUID. */
public sealed interface Difference {

    /** The UUID of the element the difference is about. */
    String uuid();

    /** What kind of difference it is; the name is the word in reports and JSON. */
    enum Kind {
        ADDED,
        REMOVED,
        MOVED,
        CHANGED,
        REORDERED
    }

    Kind kind();

    /** An element only the new version has (with whatever it contains). */
    record Added(EObject element) implements Difference {
        public String uuid() {
            return PlanIndex.uuidOf(element);
        }

        public Kind kind() {
            return Kind.ADDED;
        }
    }

    /** An element only the old version has (with whatever it contained). */
    record Removed(EObject element) implements Difference {
        public String uuid() {
            return PlanIndex.uuidOf(element);
        }

        public Kind kind() {
            return Kind.REMOVED;
        }
    }

    /** An element in another container (or another list of the same container). */
    record Moved(EObject before, EObject after) implements Difference {
        public String uuid() {
            return PlanIndex.uuidOf(after);
        }

        public Kind kind() {
            return Kind.MOVED;
        }
    }

    /** One attribute or reference of an element with another value ({@link FeatureValues#UNSET} when not set). */
    record Changed(EObject before, EObject after, EStructuralFeature feature, Object oldValue, Object newValue)
            implements Difference {
        public String uuid() {
            return PlanIndex.uuidOf(after);
        }

        public Kind kind() {
            return Kind.CHANGED;
        }
    }

    /** The elements of one ordered list of an element, present in both versions, in another order. */
    record Reordered(EObject before, EObject after, EReference feature, List<String> oldOrder, List<String> newOrder)
            implements Difference {
        public String uuid() {
            return PlanIndex.uuidOf(after);
        }

        public Kind kind() {
            return Kind.REORDERED;
        }
    }
}
