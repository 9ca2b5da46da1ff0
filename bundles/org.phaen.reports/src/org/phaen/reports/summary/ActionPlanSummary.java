/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.StrategicIssue;
import org.phaen.reports.assess.IndicatorResults;
import org.phaen.reports.assess.PlanLinks;
import org.phaen.reports.assess.ProjectResult;
import org.phaen.reports.assess.ProjectResults;
import org.phaen.reports.assess.ReportingScope;
import org.phaen.reports.data.MonitoringFacts;
import org.phaen.reports.internal.content.SourceBudget;

/**
 * The summary of an action plan's results against the strategic issues of its strategic plan. A project belongs
 * to every issue whose strategies it implements or whose indicators measure it, so a project serving two issues
 * is listed under both (the plan totals count it once); projects serving none are grouped at the end.
 */
public record ActionPlanSummary(
        ActionPlan plan,
        ReportingScope scope,
        List<IssueSummary> issues,
        List<ProjectResult> allProjects,
        List<ScheduleRow> schedule,
        LocalDate today) {

    /**
     * @param period the period to report on (of any monitoring plan covering the action plan), or null for the year
     * @param today the day deliveries are judged on
     */
    public static ActionPlanSummary of(
            ActionPlan plan, ReportingPeriod period, MonitoringFacts facts, LocalDate today) {
        ReportingScope scope = new ReportingScope(plan.getFiscalYear(), period, PlanLinks.monitoringPlans(plan));
        List<ProjectResult> all = new ProjectResults(scope, facts).assess(plan.getProjects());
        IndicatorResults indicators = new IndicatorResults(scope, facts);
        List<IssueSummary> issues = new ArrayList<>();
        List<ProjectResult> unplaced = new ArrayList<>(all);
        if (plan.getStrategicPlan() != null) {
            for (StrategicIssue issue : plan.getStrategicPlan().getStrategicIssues()) {
                List<ProjectResult> mine =
                        all.stream().filter(r -> serves(r.project(), issue)).toList();
                unplaced.removeAll(mine);
                List<Indicator> measured = new ArrayList<>(PlanLinks.indicatorsWithTarget(issue, plan.getFiscalYear()));
                mine.forEach(r -> measured.addAll(PlanLinks.indicatorsWithTarget(r.project(), plan.getFiscalYear())));
                issues.add(new IssueSummary(issue, mine, SourceBudget.of(mine), indicators.assess(measured)));
            }
        }
        if (!unplaced.isEmpty()) {
            List<Indicator> measured = new ArrayList<>();
            unplaced.forEach(r -> measured.addAll(PlanLinks.indicatorsWithTarget(r.project(), plan.getFiscalYear())));
            issues.add(new IssueSummary(null, unplaced, SourceBudget.of(unplaced), indicators.assess(measured)));
        }
        return new ActionPlanSummary(plan, scope, issues, all, ScheduleCompliance.of(plan, facts, today), today);
    }

    static boolean serves(Project project, StrategicIssue issue) {
        return project.getImplementsStrategies().stream().anyMatch(s -> EcoreUtil.isAncestor(issue, s))
                || project.getMeasuredBy().stream().anyMatch(i -> EcoreUtil.isAncestor(issue, i));
    }
}
