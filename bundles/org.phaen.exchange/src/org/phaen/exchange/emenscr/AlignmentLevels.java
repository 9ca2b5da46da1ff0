/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.emenscr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.query.AlignmentChains;
import org.phaen.model.trace.Traceability;

/**
 * Where a project leads upwards, by the level of the plan each element reached belongs to: the XYZ chain of
 * eMENSCR (Z the national strategy, Y1 the master plan, Y2 its sub-plan and target) and the other plans a project
 * is tagged with (NESDP, national reform, government and ministry policy, the regional plan).
 */
final class AlignmentLevels {

    private final Set<PlanElement> reached = new LinkedHashSet<>();

    AlignmentLevels(PlanElement project) {
        for (List<PlanElement> chain : AlignmentChains.of(project)) {
            reached.addAll(chain.subList(1, chain.size()));
        }
    }

    /** The elements reached in plans of the level, documents themselves left out unless nothing inside was reached. */
    List<PlanElement> at(PlanLevel level) {
        List<PlanElement> inside = new ArrayList<>();
        List<PlanElement> documents = new ArrayList<>();
        for (PlanElement element : reached) {
            PlanDocument document = Traceability.documentOf(element);
            if (document != null && document.isSetLevel() && document.getLevel() == level) {
                (element == document ? documents : inside).add(element);
            }
        }
        return inside.isEmpty() ? documents : inside;
    }

    /** The plan documents of the level that were reached, directly or through their elements. */
    List<PlanDocument> documents(PlanLevel level) {
        Set<PlanDocument> documents = new LinkedHashSet<>();
        for (PlanElement element : reached) {
            PlanDocument document = Traceability.documentOf(element);
            if (document != null && document.isSetLevel() && document.getLevel() == level) {
                documents.add(document);
            }
        }
        return List.copyOf(documents);
    }

    /** Elements of the given kind reached in plans of the level (a master plan's sub-plans: its strategic issues). */
    <T extends PlanElement> List<T> at(PlanLevel level, Class<T> kind) {
        List<T> found = new ArrayList<>();
        for (PlanElement element : reached) {
            PlanDocument document = Traceability.documentOf(element);
            if (document != null && document.isSetLevel() && document.getLevel() == level && kind.isInstance(element)) {
                found.add(kind.cast(element));
            } else if (document != null
                    && document.isSetLevel()
                    && document.getLevel() == level
                    && kind.isInstance(element.eContainer())
                    && !found.contains(element.eContainer())) {
                found.add(kind.cast(element.eContainer()));
            }
        }
        return found;
    }
}
