/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.reports.assess.IndicatorResult;
import org.phaen.reports.assess.IndicatorResults;
import org.phaen.reports.assess.PlanLinks;
import org.phaen.reports.assess.ProjectResult;
import org.phaen.reports.assess.ProjectResults;
import org.phaen.reports.assess.ReportingScope;
import org.phaen.reports.data.MonitoringFacts;
import org.phaen.reports.internal.content.SourceBudget;

/**
 * The progress dashboard of one monitoring plan (one fiscal year), as of one of its periods or the whole year:
 * the indicators of the monitored action plans' strategic plans and projects that have a target that year,
 * the projects, and the budget by funding source.
 */
public record ProgressDashboard(
        MonitoringPlan plan,
        ReportingScope scope,
        List<IndicatorResult> indicators,
        List<ProjectResult> projects,
        List<SourceBudget> budget) {

    /** @param period one of the plan's reporting periods, or null for the whole fiscal year */
    public static ProgressDashboard of(MonitoringPlan plan, ReportingPeriod period, MonitoringFacts facts) {
        if (period != null && !plan.getReportingPeriods().contains(period)) {
            throw new IllegalArgumentException(
                    "period " + period.getCode() + " is not one of " + plan.getCode() + "'s reporting periods");
        }
        ReportingScope scope = new ReportingScope(plan.getFiscalYear(), period, List.of(plan));
        Set<Indicator> indicators = new LinkedHashSet<>();
        List<Project> projects = new ArrayList<>();
        for (ActionPlan actionPlan : plan.getActionPlans()) {
            if (actionPlan.getStrategicPlan() != null) {
                indicators.addAll(PlanLinks.indicatorsWithTarget(actionPlan.getStrategicPlan(), plan.getFiscalYear()));
            }
            indicators.addAll(PlanLinks.indicatorsWithTarget(actionPlan, plan.getFiscalYear()));
            projects.addAll(actionPlan.getProjects());
        }
        List<ProjectResult> projectResults = new ProjectResults(scope, facts).assess(projects);
        return new ProgressDashboard(
                plan,
                scope,
                new IndicatorResults(scope, facts).assess(List.copyOf(indicators)),
                projectResults,
                SourceBudget.of(projectResults));
    }
}
