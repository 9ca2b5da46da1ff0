/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phaen.model.Alignment;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.LoadedPlans;
import org.phaen.validation.RuleContext;

/**
 * How strategies are carried out: the projects implementing each strategy and the strategies aligned to it
 * (an index computed once per run, kept until a change that can alter it), and the strategies above one.
 */
final class StrategyLinks {

    private static final Object KEY = new Object();

    private StrategyLinks() {}

    /**
     * The projects whose budget counts for the strategies: projects implementing them, or implementing a
     * strategy aligned to them (at any depth, e.g. a provincial strategy aligned to a regional one).
     */
    static Set<Project> projectsCarryingOut(Collection<Strategy> strategies, RuleContext context) {
        Index links = context.memo(
                KEY,
                n -> RuleContext.isStructural(n)
                        || n.getFeature() == PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES
                        || n.getFeature() == PhaenPackage.Literals.ALIGNMENT__TARGET,
                key -> Index.build(context));
        Set<Strategy> seen = new LinkedHashSet<>(strategies);
        ArrayDeque<Strategy> todo = new ArrayDeque<>(strategies);
        Set<Project> projects = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Strategy strategy = todo.pop();
            projects.addAll(links.implementers.getOrDefault(strategy, List.of()));
            for (Strategy below : links.alignedBelow.getOrDefault(strategy, List.of())) {
                if (seen.add(below)) {
                    todo.push(below);
                }
            }
        }
        return projects;
    }

    /** The strategies a strategy aligns to, at any depth, including itself. */
    static Set<Strategy> strategiesAbove(Strategy strategy) {
        Set<Strategy> seen = new LinkedHashSet<>();
        ArrayDeque<Strategy> todo = new ArrayDeque<>(List.of(strategy));
        while (!todo.isEmpty()) {
            Strategy next = todo.pop();
            if (seen.add(next)) {
                for (Alignment alignment : next.getAlignments()) {
                    if (alignment.getTarget() instanceof Strategy above && !above.eIsProxy()) {
                        todo.push(above);
                    }
                }
            }
        }
        return seen;
    }

    /** Projects implementing each strategy, and strategies aligned to each strategy. */
    private record Index(Map<Strategy, List<Project>> implementers, Map<Strategy, List<Strategy>> alignedBelow) {

        static Index build(RuleContext context) {
            Index links = new Index(new HashMap<>(), new HashMap<>());
            for (Project project : LoadedPlans.projects(context)) {
                for (Strategy strategy : project.getImplementsStrategies()) {
                    links.implementers
                            .computeIfAbsent(strategy, s -> new ArrayList<>())
                            .add(project);
                }
            }
            for (PlanModel model : LoadedPlans.models(context)) {
                for (PlanDocument document : model.getPlans()) {
                    if (document instanceof StrategicPlan plan) {
                        for (StrategicIssue issue : plan.getStrategicIssues()) {
                            for (Strategy below : issue.getStrategies()) {
                                for (Alignment alignment : below.getAlignments()) {
                                    if (alignment.getTarget() instanceof Strategy above) {
                                        links.alignedBelow
                                                .computeIfAbsent(above, s -> new ArrayList<>())
                                                .add(below);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return links;
        }
    }
}
