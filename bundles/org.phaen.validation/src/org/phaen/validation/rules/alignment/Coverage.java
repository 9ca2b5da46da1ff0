/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanLevel;
import org.phaen.model.Project;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.trace.Traceability;

/**
 * Which action plans carry out each strategy: one of their projects implements it, or implements a
 * lower strategy aligned (transitively, strategy to strategy) to it. Built once per run.
 */
final class Coverage {

    private final Map<Strategy, Set<ActionPlan>> coveredBy = new HashMap<>();
    private final Map<Strategy, Set<Strategy>> upward = new HashMap<>();
    private final Map<StrategicPlan, Set<Integer>> yearsOfPlan = new HashMap<>();
    private final SortedSet<Integer> allYears = new TreeSet<>();

    Coverage(Collection<PlanDocument> documents) {
        for (PlanDocument document : documents) {
            if (!(document instanceof ActionPlan plan) || plan.getFiscalYear() <= 0) {
                continue;
            }
            int year = plan.getFiscalYear();
            allYears.add(year);
            if (plan.getStrategicPlan() != null && !plan.getStrategicPlan().eIsProxy()) {
                yearsOfPlan
                        .computeIfAbsent(plan.getStrategicPlan(), k -> new TreeSet<>())
                        .add(year);
            }
            for (Project project : plan.getProjects()) {
                for (Strategy strategy : project.getImplementsStrategies()) {
                    upward(strategy)
                            .forEach(s -> coveredBy
                                    .computeIfAbsent(s, k -> new HashSet<>())
                                    .add(plan));
                }
            }
        }
    }

    /** The strategy and every strategy it is aligned to, directly or through other strategies. */
    Set<Strategy> upward(Strategy strategy) {
        Set<Strategy> found = upward.get(strategy);
        if (found == null) {
            found = new LinkedHashSet<>();
            Deque<Strategy> work = new ArrayDeque<>(List.of(strategy));
            while (!work.isEmpty()) {
                Strategy next = work.poll();
                if (!next.eIsProxy() && found.add(next)) {
                    for (Alignment alignment : next.getAlignments()) {
                        if (alignment.getTarget() instanceof Strategy higher) {
                            work.add(higher);
                        }
                    }
                }
            }
            upward.put(strategy, found);
        }
        return found;
    }

    /**
     * The fiscal years in which the strategy's plan has an action plan but no project of that year
     * carries the strategy out. For a regional plan every loaded action plan of a year in its period counts.
     */
    SortedSet<Integer> uncoveredYears(Strategy strategy) {
        SortedSet<Integer> uncovered = new TreeSet<>();
        if (!(Traceability.documentOf(strategy) instanceof StrategicPlan plan)) {
            return uncovered;
        }
        boolean regional = Plans.levelOf(plan) == PlanLevel.REGIONAL_STRATEGIC_PLAN;
        Set<Integer> years = new TreeSet<>(yearsOfPlan.getOrDefault(plan, Set.of()));
        if (regional) {
            allYears.stream().filter(y -> inPeriod(plan, y)).forEach(years::add);
        }
        Set<ActionPlan> covering = coveredBy.getOrDefault(strategy, Set.of());
        for (int year : years) {
            if (covering.stream()
                    .noneMatch(a -> a.getFiscalYear() == year && (regional || a.getStrategicPlan() == plan))) {
                uncovered.add(year);
            }
        }
        return uncovered;
    }

    private static boolean inPeriod(StrategicPlan plan, int year) {
        boolean sane = plan.getStartYear() > 0 && plan.getEndYear() >= plan.getStartYear();
        return !sane || year >= plan.getStartYear() && year <= plan.getEndYear();
    }

    /** The strategies whose coverage a change of a project's strategies or of a strategy's alignments can alter. */
    Collection<? extends EObject> affectedBy(Notification change) {
        List<Object> touched = new ArrayList<>();
        touched.add(change.getOldValue());
        touched.add(change.getNewValue());
        if (change.getNotifier() instanceof Alignment alignment) {
            touched.add(alignment.eContainer());
        }
        Set<Strategy> affected = new LinkedHashSet<>();
        for (Object value : touched) {
            for (Object one : value instanceof Collection<?> many ? many : java.util.Collections.singletonList(value)) {
                if (one instanceof Alignment alignment) {
                    one = alignment.getTarget();
                }
                if (one instanceof Strategy strategy) {
                    affected.addAll(upward(strategy));
                } else if (one instanceof Project project) {
                    project.getImplementsStrategies().forEach(s -> affected.addAll(upward(s)));
                }
            }
        }
        return affected;
    }
}
