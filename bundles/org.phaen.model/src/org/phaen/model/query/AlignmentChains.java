/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.trace.Traceability;

/**
 * Where an element leads upwards: its alignments and, for a project, the strategies it implements, followed across
 * files (loading them into the element's resource set) until an element links no further. Unresolvable links
 * end a chain; cycles are cut.
 */
public final class AlignmentChains {

    private AlignmentChains() {}

    /** Every upward path from the element (first in each list) to an element with no further links (last). */
    public static List<List<PlanElement>> of(PlanElement element) {
        List<List<PlanElement>> chains = new ArrayList<>();
        walk(element, new ArrayList<>(), chains);
        return chains;
    }

    /** The first upward path that reaches the national strategy (a plan document of level NATIONAL_STRATEGY). */
    public static Optional<List<PlanElement>> toNationalStrategy(PlanElement element) {
        for (List<PlanElement> chain : of(element)) {
            for (int i = 0; i < chain.size(); i++) {
                PlanDocument document = Traceability.documentOf(chain.get(i));
                if (document != null
                        && document.isSetLevel()
                        && document.getLevel() == PlanLevel.NATIONAL_STRATEGY) { // unset reads as the first level
                    return Optional.of(List.copyOf(chain.subList(0, i + 1)));
                }
            }
        }
        return Optional.empty();
    }

    private static void walk(PlanElement at, List<PlanElement> path, List<List<PlanElement>> chains) {
        path.add(at);
        List<PlanElement> next = Traceability.upwardLinks(at).stream()
                .filter(up -> !path.contains(up))
                .toList();
        if (next.isEmpty()) {
            chains.add(List.copyOf(path));
        }
        for (PlanElement up : next) {
            walk(up, path, chains);
        }
        path.remove(path.size() - 1);
    }
}
