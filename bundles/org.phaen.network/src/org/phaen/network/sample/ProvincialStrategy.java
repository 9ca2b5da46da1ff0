/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.Mission;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.Target;

/**
 * The provincial education plan aligned element by element to the regional plan: an issue per regional issue, a
 * goal per regional goal, an indicator per regional indicator (the province's share of it, aligned to it) and a
 * strategy per regional strategy. A province without border areas leaves out the regional strategies meant only
 * for them, and the goals only those serve.
 */
final class ProvincialStrategy {

    static final String BORDER_STRATEGY = "R17-S1.1";
    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private final SampleContext c;
    /** Regional strategy to the province's strategy that carries it out. */
    final Map<Strategy, Strategy> strategies = new LinkedHashMap<>();
    /** Provincial strategy to the provincial indicators of the goals it serves. */
    final Map<Strategy, List<Indicator>> indicatorsOf = new LinkedHashMap<>();

    StrategicPlan plan;

    ProvincialStrategy(SampleContext context) {
        this.c = context;
    }

    StrategicPlan build() {
        StrategicPlan regional = c.regional(StrategicPlan.class, "R17-SP");
        String p = c.province().code();
        plan = c.named(F.createStrategicPlan(), p + "-EDP", c.text("plan.name"));
        plan.setNameEn(c.texts().get("plan.nameEn", c.province().nameEn(), null, null));
        plan.setDescription(c.text("plan.description"));
        plan.setLevel(PlanLevel.PROVINCIAL_EDUCATION_PLAN);
        plan.setApprovedOn(LocalDate.of(2018, 9, 20 + c.random().nextInt(8)));
        plan.setDocumentReference(c.text("plan.reference"));
        plan.setStartYear(regional.getStartYear());
        plan.setEndYear(regional.getEndYear());
        plan.setVision(c.province().vision());
        plan.setVisionEn(c.province().visionEn());
        plan.setOwnerAgency(c.office());
        plan.getAlignments().add(align(AlignmentKind.CONSISTENT_WITH, regional, c.text("plan.rationale")));
        for (Mission mission : regional.getMissions()) {
            Mission copy = c.named(F.createMission(), mission.getCode().replace("R17", p), mission.getName());
            copy.setNameEn(mission.getNameEn());
            plan.getMissions().add(copy);
        }
        regional.getStrategicIssues().forEach(this::issue);
        return plan;
    }

    private void issue(StrategicIssue source) {
        String p = c.province().code();
        StrategicIssue issue =
                c.named(F.createStrategicIssue(), source.getCode().replace("R17", p), source.getName());
        issue.setNameEn(source.getNameEn());
        issue.getAlignments()
                .add(align(AlignmentKind.SUPPORTS, source, c.text("issue.rationale", null, source.getCode())));
        plan.getStrategicIssues().add(issue);
        Map<Goal, Goal> goals = new LinkedHashMap<>();
        for (Strategy strategy : source.getStrategies()) {
            if (!c.province().border() && BORDER_STRATEGY.equals(strategy.getCode())) {
                continue;
            }
            Strategy own = c.named(F.createStrategy(), strategy.getCode().replace("R17", p), strategy.getName());
            own.setNameEn(strategy.getNameEn());
            own.getAlignments()
                    .add(align(
                            AlignmentKind.IMPLEMENTS,
                            strategy,
                            c.text("strategy.rationale", null, strategy.getCode())));
            for (Goal served : strategy.getServesGoals()) {
                Goal goal = goals.computeIfAbsent(served, g -> goal(issue, g));
                own.getServesGoals().add(goal);
                indicatorsOf
                        .computeIfAbsent(own, s -> new java.util.ArrayList<>())
                        .addAll(goal.getIndicators());
            }
            issue.getStrategies().add(own);
            strategies.put(strategy, own);
        }
    }

    private Goal goal(StrategicIssue issue, Goal source) {
        Goal goal = c.named(
                F.createGoal(), source.getCode().replace("R17", c.province().code()), source.getName());
        goal.setNameEn(source.getNameEn());
        goal.getAlignments().add(align(AlignmentKind.CONTRIBUTES_TO, source, c.text("goal.rationale")));
        source.getIndicators().forEach(i -> goal.getIndicators().add(indicator(i)));
        issue.getGoals().add(goal);
        return goal;
    }

    /** The province's share of a regional indicator: counts a fifth or so of the region's, rates a little off the region's. */
    private Indicator indicator(Indicator source) {
        Indicator indicator = c.named(
                F.createIndicator(),
                source.getCode().replace("R17", c.province().code()),
                c.text("indicator.name", null, source.getName()));
        indicator.setNameEn(c.texts().get("indicator.nameEn", c.province().nameEn(), null, source.getNameEn()));
        indicator.setKind(source.getKind());
        indicator.setUnit(source.getUnit());
        indicator.setUnitEn(source.getUnitEn());
        indicator.setValueType(source.getValueType());
        indicator.setDirection(source.getDirection());
        indicator.setFrequency(source.getFrequency());
        indicator.setDataSource(c.text("indicator.source"));
        indicator.setBaselineYear(source.getBaselineYear());
        indicator.setResponsible(c.office());
        indicator.getAlignments().add(align(AlignmentKind.CONTRIBUTES_TO, source, c.text("indicator.rationale")));
        double share = 0.12 + c.random().nextInt(12) / 100.0;
        double offset = (c.random().nextInt(9) - 4) / 2.0;
        indicator.setBaselineValue(share(source, source.getBaselineValue(), share, offset));
        for (Target target : source.getTargets()) {
            Target own = F.createTarget();
            own.setFiscalYear(target.getFiscalYear());
            own.setValue(share(source, target.getValue(), share, offset));
            indicator.getTargets().add(own);
        }
        return indicator;
    }

    private static BigDecimal share(Indicator source, BigDecimal value, double share, double offset) {
        if (value == null) {
            return null;
        }
        return switch (source.getValueType()) {
            case COUNT ->
                value.multiply(BigDecimal.valueOf(share))
                        .setScale(0, RoundingMode.HALF_UP)
                        .max(BigDecimal.ONE);
            case PERCENT ->
                value.add(BigDecimal.valueOf(offset))
                        .max(BigDecimal.ZERO)
                        .min(BigDecimal.valueOf(100))
                        .setScale(2, RoundingMode.HALF_UP);
            case RATIO, NUMBER ->
                value.add(BigDecimal.valueOf(offset / 10)).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            default -> value;
        };
    }

    private Alignment align(AlignmentKind kind, PlanElement target, String rationale) {
        Alignment alignment = F.createAlignment();
        alignment.setKind(kind);
        alignment.setTarget(target);
        alignment.setRationale(rationale);
        return alignment;
    }
}
