/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.phaen.model.ActionPlan;
import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.BudgetStatus;
import org.phaen.model.Direction;
import org.phaen.model.ExpenseCategory;
import org.phaen.model.Frequency;
import org.phaen.model.Indicator;
import org.phaen.model.IndicatorKind;
import org.phaen.model.Milestone;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanLevel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.Strategy;
import org.phaen.model.Target;
import org.phaen.model.TargetGroup;
import org.phaen.model.ValueType;

/** The FY 2562 action plan: one or two projects for each provincial strategy, picked from the regional strategy's list. */
final class ProvincialProjects {

    private static final PhaenFactory F = PhaenFactory.eINSTANCE;
    private static final LocalDate YEAR_START = LocalDate.of(2018, 10, 1);

    private final SampleContext c;
    private final ProvincialAgencies agencies;
    private int number;

    ProvincialProjects(SampleContext context, ProvincialAgencies agencies) {
        this.c = context;
        this.agencies = agencies;
    }

    ActionPlan build(ProvincialStrategy strategy) {
        ActionPlan plan = c.named(F.createActionPlan(), c.province().code() + "-AP2562", c.text("action.name"));
        plan.setNameEn(c.texts().get("action.nameEn", c.province().nameEn(), null, null));
        plan.setDescription(c.text("action.description"));
        plan.setLevel(PlanLevel.ANNUAL_ACTION_PLAN);
        plan.setApprovedOn(LocalDate.of(2018, 10, 10 + c.random().nextInt(15)));
        plan.setFiscalYear(2562);
        plan.setStrategicPlan(strategy.plan);
        plan.setOwnerAgency(c.office());
        for (Map.Entry<Strategy, Strategy> pair : strategy.strategies.entrySet()) {
            List<String> choices = c.texts().list("project." + pair.getKey().getCode(), ";");
            int count = pair.getKey().getCode().equals(ProvincialStrategy.BORDER_STRATEGY)
                    ? 2
                    : 1 + c.random().nextInt(2);
            int first = c.random().nextInt(choices.size());
            for (int n = 0; n < count; n++) {
                String[] choice = choices.get((first + n) % choices.size()).split("\\|");
                plan.getProjects()
                        .add(project(
                                choice,
                                pair.getValue(),
                                strategy.indicatorsOf.getOrDefault(pair.getValue(), List.of())));
            }
        }
        return plan;
    }

    private Project project(String[] choice, Strategy strategy, List<Indicator> measures) {
        String code = c.province().code() + "62-" + String.format("%02d", ++number);
        String district = c.district(c.random().nextInt(c.province().districts().size()));
        Project project = c.named(F.createProject(), code, fill(choice[0], district));
        String regional = strategy.getAlignments().get(0).getTarget().getCode();
        project.setRationale(c.text("project.rationale", district, regional));
        project.getObjectives().add(c.text("project.objective1", district, regional));
        project.getObjectives().add(c.text("project.objective2"));
        project.setLocation(c.text("project.location", district, null));
        LocalDate start = YEAR_START.plusDays(15 + c.random().nextInt(60));
        LocalDate end = java.time.YearMonth.of(2019, 7 + c.random().nextInt(3))
                .atEndOfMonth()
                .minusDays(c.random().nextInt(2) * 15L);
        project.setStartDate(start);
        project.setEndDate(end);
        project.setStatus(c.random().nextInt(4) == 0 ? ProjectStatus.APPROVED : ProjectStatus.IN_PROGRESS);
        project.setResponsibleOrganization(c.office());
        project.getPartners().add(agencies.organizations.get(c.random().nextInt(3)));
        project.getImplementsStrategies().add(strategy);
        project.getMeasuredBy().addAll(measures);
        TargetGroup group = F.createTargetGroup();
        group.setDescription(choice[1]);
        group.setUnit(choice[2]);
        group.setQuantity(c.text("unit.persons").equals(choice[2]) ? c.between(4, 60) * 25 : c.between(10, 90));
        project.getTargetGroups().add(group);
        project.getIndicators().add(kpi(code));
        addActivities(project, code, district, start, end);
        return project;
    }

    private String fill(String template, String district) {
        return template.replace("{0}", c.province().name()).replace("{1}", district);
    }

    private Indicator kpi(String code) {
        Indicator kpi = c.named(F.createIndicator(), code + "-KPI", c.text("project.kpi"));
        kpi.setNameEn(c.text("project.kpiEn"));
        kpi.setKind(IndicatorKind.OUTCOME);
        kpi.setUnit(c.text("project.kpiUnit"));
        kpi.setUnitEn(c.text("project.kpiUnitEn"));
        kpi.setValueType(ValueType.PERCENT);
        kpi.setDirection(Direction.INCREASE);
        kpi.setFrequency(Frequency.ONCE);
        kpi.setBaselineYear(2561);
        int baseline = c.between(60, 80);
        kpi.setBaselineValue(BigDecimal.valueOf(baseline));
        kpi.setDataSource(c.text("project.kpiSource"));
        kpi.setResponsible(c.office());
        Target target = F.createTarget();
        target.setFiscalYear(2562);
        target.setValue(BigDecimal.valueOf(baseline + c.between(5, 15)));
        kpi.getTargets().add(target);
        return kpi;
    }

    /** Three activities across the project's dates, each with a milestone, the first two with a budget line. */
    private void addActivities(Project project, String code, String district, LocalDate start, LocalDate end) {
        long days = end.toEpochDay() - start.toEpochDay();
        for (int a = 1; a <= 3; a++) {
            Activity activity = c.named(F.createActivity(), code + "-A" + a, c.text("activity." + a, district, null));
            LocalDate from = start.plusDays(days * (a - 1) / 3);
            LocalDate to = a == 3 ? end : start.plusDays(days * a / 3 - 1);
            activity.setStartDate(from);
            activity.setEndDate(to);
            activity.setResponsible(c.office());
            Milestone milestone = F.createMilestone();
            milestone.setName(c.text("milestone." + a));
            milestone.setDueDate(to);
            milestone.setDeliverable(c.text("deliverable." + a));
            activity.getMilestones().add(milestone);
            project.getActivities().add(activity);
            if (a < 3) {
                BudgetLine line = F.createBudgetLine();
                line.setDescription(c.text("budget." + a));
                line.setAmount(BigDecimal.valueOf(c.between(20, 300) * 500L).setScale(2));
                line.setSource(
                        a == 2 && c.random().nextInt(3) == 0
                                ? agencies.sources.get(1 + c.random().nextInt(2))
                                : agencies.sources.get(0));
                line.setCategory(ExpenseCategory.OPERATING);
                line.setStatus(BudgetStatus.ALLOCATED);
                line.setActivity(activity);
                project.getBudgetLines().add(line);
            }
        }
    }
}
