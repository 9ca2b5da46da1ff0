/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.derive;

import java.util.HashMap;
import java.util.Map;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.resource.Identifiers;

/**
 * The first draft of a lower-level plan aligned to a higher one, the way a provincial office starts from the
 * regional plan: the same strategic issues, goals, indicators and strategies, each aligned to the element it comes
 * from, names and wording copied for the planners to adapt. Targets are left out: the province sets its own.
 */
public final class AlignedPlanDraft {

    private static final PhaenFactory MAKE = PhaenFactory.eINSTANCE;

    private final Map<Goal, Goal> goals = new HashMap<>();

    private AlignedPlanDraft() {}

    /** A new plan model (not yet in a resource) holding the draft plan. */
    public static PlanModel from(StrategicPlan upper, String name, String code, PlanLevel level) {
        return new AlignedPlanDraft().draft(upper, name, code, level);
    }

    /**
     * The plan a file's users would align to: its lowest-level strategic plan (a regional plan rather than the
     * national plans the same file carries for its own alignment).
     */
    public static java.util.Optional<StrategicPlan> planToAlignTo(PlanModel model) {
        return model.getPlans().stream()
                .filter(StrategicPlan.class::isInstance)
                .map(StrategicPlan.class::cast)
                .max(java.util.Comparator.comparingInt(
                        p -> p.isSetLevel() ? p.getLevel().getValue() : -1));
    }

    private PlanModel draft(StrategicPlan upper, String name, String code, PlanLevel level) {
        PlanModel model = MAKE.createPlanModel();
        model.setUuid(Identifiers.newUuid());
        model.setTitle(name);
        StrategicPlan plan = named(MAKE.createStrategicPlan(), code, name, null);
        plan.setLevel(level);
        plan.setStartYear(upper.getStartYear());
        plan.setEndYear(upper.getEndYear());
        plan.setVision(upper.getVision());
        align(plan, upper, AlignmentKind.CONSISTENT_WITH);
        int i = 1;
        for (StrategicIssue issue : upper.getStrategicIssues()) {
            plan.getStrategicIssues().add(issue(issue, code + "-I" + i++));
        }
        model.getPlans().add(plan);
        return model;
    }

    private StrategicIssue issue(StrategicIssue upper, String code) {
        StrategicIssue issue = copy(MAKE.createStrategicIssue(), upper, code, AlignmentKind.SUPPORTS);
        int g = 1;
        for (Goal goal : upper.getGoals()) {
            Goal own = copy(MAKE.createGoal(), goal, code + "-G" + g++, AlignmentKind.CONTRIBUTES_TO);
            int k = 1;
            for (Indicator indicator : goal.getIndicators()) {
                own.getIndicators().add(indicator(indicator, own.getCode() + "-K" + k++));
            }
            goals.put(goal, own);
            issue.getGoals().add(own);
        }
        int s = 1;
        for (Strategy strategy : upper.getStrategies()) {
            Strategy own = copy(MAKE.createStrategy(), strategy, code + "-S" + s++, AlignmentKind.IMPLEMENTS);
            strategy.getServesGoals().stream()
                    .map(goals::get)
                    .filter(java.util.Objects::nonNull)
                    .forEach(own.getServesGoals()::add);
            issue.getStrategies().add(own);
        }
        return issue;
    }

    private static Indicator indicator(Indicator upper, String code) {
        Indicator indicator = copy(MAKE.createIndicator(), upper, code, AlignmentKind.CONTRIBUTES_TO);
        if (upper.isSetKind()) {
            indicator.setKind(upper.getKind());
        }
        if (upper.isSetValueType()) {
            indicator.setValueType(upper.getValueType());
        }
        if (upper.isSetDirection()) {
            indicator.setDirection(upper.getDirection());
        }
        if (upper.isSetFrequency()) {
            indicator.setFrequency(upper.getFrequency());
        }
        indicator.setUnit(upper.getUnit());
        return indicator;
    }

    private static <T extends PlanElement> T copy(T element, PlanElement upper, String code, AlignmentKind kind) {
        named(element, code, upper.getName(), upper.getNameEn());
        element.setDescription(upper.getDescription());
        align(element, upper, kind);
        return element;
    }

    private static <T extends PlanElement> T named(T element, String code, String name, String nameEn) {
        element.setUuid(Identifiers.newUuid());
        element.setCode(code);
        element.setName(name);
        element.setNameEn(nameEn);
        return element;
    }

    private static void align(PlanElement element, PlanElement upper, AlignmentKind kind) {
        Alignment alignment = MAKE.createAlignment();
        alignment.setUuid(Identifiers.newUuid());
        alignment.setKind(kind);
        alignment.setTarget(upper);
        element.getAlignments().add(alignment);
    }
}
