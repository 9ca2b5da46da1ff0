/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.Goal;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;

/**
 * A plan's structure as planners read it: plans, then strategic issues, their goals, the strategies serving each
 * goal and the projects carrying out each strategy (from any plan loaded with it); action plans with their
 * projects; monitoring plans with their instruments. Shared by the Plan Navigator and the editor's Outline.
 */
public final class PlanStructure {

    private final Supplier<ResourceSet> loaded;

    public PlanStructure(Supplier<ResourceSet> loaded) {
        this.loaded = loaded;
    }

    public Object[] children(Object element) {
        return switch (element) {
            case PlanModel model -> {
                List<Object> top = new ArrayList<>(model.getPlans());
                top.addAll(model.getMonitoringPlans());
                yield top.toArray();
            }
            case StrategicPlan plan -> plan.getStrategicIssues().toArray();
            case StrategicIssue issue -> goalsAndLooseStrategies(issue);
            case Goal goal ->
                ((StrategicIssue) goal.eContainer())
                        .getStrategies().stream()
                                .filter(s -> s.getServesGoals().contains(goal))
                                .toArray();
            case Strategy strategy -> projectsOf(strategy);
            case ActionPlan plan -> plan.getProjects().toArray();
            case MonitoringPlan plan -> plan.getInstruments().toArray();
            default -> new Object[0];
        };
    }

    private static Object[] goalsAndLooseStrategies(StrategicIssue issue) {
        List<Object> children = new ArrayList<>(issue.getGoals());
        issue.getStrategies().stream().filter(s -> s.getServesGoals().isEmpty()).forEach(children::add);
        return children.toArray();
    }

    /** Projects of every loaded plan that carry out the strategy. */
    private Object[] projectsOf(Strategy strategy) {
        List<Project> projects = new ArrayList<>();
        // A copy: resolving a project's strategies can load another plan file into the set meanwhile.
        List.copyOf(loaded.get().getResources())
                .forEach(r -> r.getAllContents().forEachRemaining(o -> {
                    if (o instanceof Project p && p.getImplementsStrategies().contains(strategy)) {
                        projects.add(p);
                    }
                }));
        return projects.toArray();
    }
}
