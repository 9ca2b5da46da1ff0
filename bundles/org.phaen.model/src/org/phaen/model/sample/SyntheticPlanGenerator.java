/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.phaen.model.ActionPlan;
import org.phaen.model.Alignment;
import org.phaen.model.AlignmentKind;
import org.phaen.model.Direction;
import org.phaen.model.Frequency;
import org.phaen.model.Goal;
import org.phaen.model.Identified;
import org.phaen.model.Indicator;
import org.phaen.model.Named;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.Target;
import org.phaen.model.ValueType;

/**
 * Builds a synthetic national-scale plan for benchmarks and tests: a regional plan, and per
 * province a provincial plan aligned to it and an action plan of projects. Deterministic for a
 * given size, so benchmark files are reproducible. Text is Thai-like on purpose.
 */
public final class SyntheticPlanGenerator {

    public static final int FISCAL_YEAR = 2562;
    private static final PhaenFactory F = PhaenFactory.eINSTANCE;

    private final Random random = new Random(2562);
    private long nextId;

    /** A plan model with {@code provinces} provincial plans of {@code projectsPerProvince} projects each. */
    public PlanModel generate(int provinces, int projectsPerProvince) {
        PlanModel model = F.createPlanModel();
        id(model);
        model.setTitle("แผนสังเคราะห์ระดับประเทศ (ข้อมูลตัวอย่างสำหรับทดสอบ)");
        model.setExampleData(true);
        StrategicPlan national = plan(PlanLevel.NATIONAL_STRATEGY, "NS", "ยุทธศาสตร์ชาติ");
        model.getPlans().add(national);
        List<Strategy> nationalStrategies = issues(national, 2, List.of());
        StrategicPlan regional = plan(PlanLevel.REGIONAL_STRATEGIC_PLAN, "REG", "แผนยุทธศาสตร์ระดับภาค");
        model.getPlans().add(regional);
        List<Strategy> regionalStrategies = issues(regional, 4, nationalStrategies);
        for (int p = 1; p <= provinces; p++) {
            SyntheticProvince province = new SyntheticProvince(this, model, "P" + p);
            StrategicPlan provincial =
                    plan(PlanLevel.PROVINCIAL_EDUCATION_PLAN, "P" + p, "แผนพัฒนาการศึกษาจังหวัดที่ " + p);
            provincial.setOwnerAgency(province.office());
            model.getPlans().add(provincial);
            List<Strategy> strategies = issues(provincial, 3, regionalStrategies);
            ActionPlan action = F.createActionPlan();
            named(action, "AP-P" + p, "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. " + FISCAL_YEAR + " จังหวัดที่ " + p);
            action.setLevel(PlanLevel.ANNUAL_ACTION_PLAN);
            action.setFiscalYear(FISCAL_YEAR);
            action.setStrategicPlan(provincial);
            action.setOwnerAgency(province.office());
            model.getPlans().add(action);
            for (int j = 1; j <= projectsPerProvince; j++) {
                action.getProjects().add(province.project("P" + p + "-PRJ" + j, strategies.get(j % strategies.size())));
            }
        }
        return model;
    }

    private StrategicPlan plan(PlanLevel level, String code, String name) {
        StrategicPlan plan = F.createStrategicPlan();
        named(plan, code, name);
        plan.setLevel(level);
        plan.setStartYear(FISCAL_YEAR);
        plan.setEndYear(FISCAL_YEAR + 3);
        plan.setVision("ผู้เรียนมีคุณภาพ ครูมีสมรรถนะ ระบบการศึกษามีประสิทธิภาพ");
        return plan;
    }

    /** Issues with goals, indicators and strategies; strategies align to the given higher ones. */
    private List<Strategy> issues(StrategicPlan plan, int count, List<Strategy> higher) {
        List<Strategy> strategies = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            StrategicIssue issue = F.createStrategicIssue();
            named(issue, plan.getCode() + "-I" + i, "ประเด็นยุทธศาสตร์ที่ " + i + " พัฒนาคุณภาพการศึกษา");
            plan.getStrategicIssues().add(issue);
            if (!higher.isEmpty()) {
                issue.getAlignments().add(alignment((PlanElement)
                        higher.get(i % higher.size()).eContainer()));
            }
            for (int g = 1; g <= 2; g++) {
                Goal goal = F.createGoal();
                named(goal, issue.getCode() + "-G" + g, "เป้าประสงค์ที่ " + g + " ผู้เรียนมีผลสัมฤทธิ์สูงขึ้น");
                issue.getGoals().add(goal);
                for (int k = 1; k <= 2; k++) {
                    goal.getIndicators()
                            .add(indicator(goal.getCode() + "-K" + k, plan.getStartYear(), plan.getEndYear()));
                }
                Strategy strategy = F.createStrategy();
                named(strategy, issue.getCode() + "-S" + g, "กลยุทธ์ที่ " + g + " ส่งเสริมการจัดการเรียนรู้เชิงรุก");
                strategy.getServesGoals().add(goal);
                if (!higher.isEmpty()) {
                    strategy.getAlignments().add(alignment(higher.get(random.nextInt(higher.size()))));
                }
                issue.getStrategies().add(strategy);
                strategies.add(strategy);
            }
        }
        return strategies;
    }

    private Alignment alignment(PlanElement target) {
        Alignment alignment = id(F.createAlignment());
        alignment.setKind(AlignmentKind.SUPPORTS);
        alignment.setTarget(target);
        return alignment;
    }

    Indicator indicator(String code, int fromYear, int toYear) {
        Indicator indicator = F.createIndicator();
        named(indicator, code, "ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการเรียนระดับดีขึ้นไป");
        indicator.setUnit("ร้อยละ");
        indicator.setValueType(ValueType.PERCENT);
        indicator.setDirection(Direction.INCREASE);
        indicator.setFrequency(Frequency.ANNUAL);
        int base = 50 + random.nextInt(20);
        indicator.setBaselineValue(BigDecimal.valueOf(base));
        indicator.setBaselineYear(fromYear - 1);
        for (int y = fromYear; y <= toYear; y++) {
            Target target = F.createTarget();
            id(target);
            target.setFiscalYear(y);
            target.setValue(BigDecimal.valueOf(base + 2L * (y - fromYear + 1)));
            indicator.getTargets().add(target);
        }
        return indicator;
    }

    LocalDate dateInYear(int dayOffset) {
        return LocalDate.of(2018, 10, 1).plusDays(dayOffset % 360);
    }

    Random random() {
        return random;
    }

    <T extends Named> T named(T element, String code, String name) {
        id(element);
        element.setCode(code);
        element.setName(name);
        return element;
    }

    <T extends Identified> T id(T element) {
        element.setUuid(new UUID(0x5068616e00000000L, nextId++).toString());
        return element;
    }
}
