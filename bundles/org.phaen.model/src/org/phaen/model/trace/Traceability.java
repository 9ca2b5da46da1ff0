/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.trace;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Alignment;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;
import org.phaen.model.Strategy;

/**
 * Upward links of plan elements: explicit alignments, and the strategies a project implements.
 * An element "traces up" when one of its links reaches an element of another plan document.
 */
public final class Traceability {

    private Traceability() {}

    /** The plan document an element belongs to, or null when it is not inside one. */
    public static PlanDocument documentOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof PlanDocument document) {
                return document;
            }
        }
        return null;
    }

    /** The elements this element links up to (unresolvable cross-file links are left out). */
    public static List<PlanElement> upwardLinks(PlanElement element) {
        List<PlanElement> targets = new ArrayList<>();
        for (Alignment alignment : element.getAlignments()) {
            PlanElement target = alignment.getTarget();
            if (target != null && !target.eIsProxy()) {
                targets.add(target);
            }
        }
        if (element instanceof Project project) {
            for (Strategy strategy : project.getImplementsStrategies()) {
                if (!strategy.eIsProxy()) {
                    targets.add(strategy);
                }
            }
        }
        return targets;
    }

    /** True when a link of the element reaches an element of another plan document. */
    public static boolean tracesToOtherDocument(PlanElement element) {
        PlanDocument own = documentOf(element);
        for (PlanElement target : upwardLinks(element)) {
            PlanDocument other = documentOf(target);
            if (other != null && other != own) {
                return true;
            }
            // A project implementing its own plan's strategy traces through that strategy.
            if (element instanceof Project && target instanceof Strategy && tracesToOtherDocument(target)) {
                return true;
            }
        }
        return false;
    }
}
