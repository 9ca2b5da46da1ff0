/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.region;

import java.util.List;
import org.phaen.model.Alignment;
import org.phaen.model.PlanElement;

/** Whether a provincial element is aligned to a regional one, by UUID (the province's file may hold its own copy of the regional plan). */
final class Alignments {

    private Alignments() {}

    static boolean alignedTo(PlanElement element, PlanElement regional) {
        for (Alignment alignment : element.getAlignments()) {
            PlanElement target = alignment.getTarget();
            if (target != null
                    && regional.getUuid() != null
                    && regional.getUuid().equals(target.getUuid())) {
                return true;
            }
        }
        return false;
    }

    static <T extends PlanElement> List<T> alignedTo(List<T> elements, PlanElement regional) {
        return elements.stream().filter(e -> alignedTo(e, regional)).toList();
    }
}
