/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.Identified;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;

/**
 * Where a diagram opens: on the element selected in the plan's tree when the diagram draws it, a plan selected
 * meaning its own issues (an action plan its projects); otherwise on the plan file's own strategic issues. The
 * higher plan levels of the regional file stay in the drawing, reachable by scrolling and zooming out, but not first.
 */
final class InitialView {

    private InitialView() {}

    static List<String> elements(PlanModel model, Object selected, Set<String> drawn) {
        List<String> chosen = drawnOnly(of(selected), drawn);
        if (chosen.isEmpty()) {
            List<Object> issues = new ArrayList<>();
            model.getPlans().stream().filter(StrategicPlan.class::isInstance).forEach(plan -> issues.addAll(of(plan)));
            chosen = drawnOnly(issues, drawn);
        }
        return chosen;
    }

    private static List<?> of(Object selected) {
        return switch (selected) {
            case StrategicPlan plan -> plan.getStrategicIssues().isEmpty() ? List.of(plan) : plan.getStrategicIssues();
            case ActionPlan plan -> plan.getProjects().isEmpty() ? List.of(plan) : plan.getProjects();
            case EObject element -> List.of(element);
            case null, default -> List.of();
        };
    }

    private static List<String> drawnOnly(List<?> elements, Set<String> drawn) {
        return elements.stream()
                .filter(Identified.class::isInstance)
                .map(e -> ((Identified) e).getUuid())
                .filter(drawn::contains)
                .toList();
    }
}
