/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The differences between two versions of a plan: those of the new version in its document order, then the
 * removals in the old version's order.
 *
 * @param before the old version
 * @param after the new version
 * @param differences every difference, in that order
 */
public record PlanComparison(PlanIndex before, PlanIndex after, List<Difference> differences) {

    public PlanComparison {
        differences = List.copyOf(differences);
    }

    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** How many differences of each kind, every kind present (zero when none). */
    public Map<Difference.Kind, Integer> counts() {
        Map<Difference.Kind, Integer> counts = new EnumMap<>(Difference.Kind.class);
        for (Difference.Kind kind : Difference.Kind.values()) {
            counts.put(kind, 0);
        }
        differences.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
        return counts;
    }
}
