/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.book.BookText;
import org.phaen.book.Outline;
import org.phaen.book.ProjectTable;
import org.phaen.book.Related;
import org.phaen.model.ActionPlan;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;

/**
 * Part 3, on landscape pages: for each fiscal year's action plan, the projects serving each strategy of the plan with
 * their budget by funding source and the body responsible, a total per strategy.
 */
final class ActionPlansPart {

    private ActionPlansPart() {}

    static void write(Outline outline, StrategicPlan plan) {
        BookText text = outline.text();
        List<ActionPlan> plans = Related.actionPlans(plan);
        outline.landscape();
        outline.part(text.word("part.actionPlans"), null);
        if (plans.isEmpty()) {
            outline.body(text.word("actionPlans.none"));
        }
        for (ActionPlan actionPlan : plans) {
            outline.chapter(
                    text.word("actionPlans.year", text.year(actionPlan.getFiscalYear()), text.name(actionPlan)),
                    actionPlan);
            Map<Strategy, List<Project>> byStrategy = byStrategy(actionPlan, plan);
            for (Map.Entry<Strategy, List<Project>> entry : byStrategy.entrySet()) {
                Strategy strategy = entry.getKey();
                String issue = strategy.eContainer() instanceof StrategicIssue i ? text.name(i) : "";
                ProjectTable.write(
                        outline,
                        text.word("actionPlans.caption", text.name(strategy), issue),
                        entry.getValue(),
                        actionPlan);
            }
        }
    }

    /** The plan's strategies in order, each with the action plan's projects that serve it (strategies without any left out). */
    private static Map<Strategy, List<Project>> byStrategy(ActionPlan actionPlan, StrategicPlan plan) {
        Map<Strategy, List<Project>> out = new LinkedHashMap<>();
        plan.getStrategicIssues().forEach(i -> i.getStrategies().forEach(s -> out.put(s, new ArrayList<>())));
        for (Project project : actionPlan.getProjects()) {
            Related.served(project, plan).forEach(s -> out.get(s).add(project));
        }
        out.values().removeIf(List::isEmpty);
        return out;
    }
}
