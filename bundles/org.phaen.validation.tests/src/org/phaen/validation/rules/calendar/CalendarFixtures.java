/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import static org.phaen.validation.Fixtures.*;

import org.phaen.model.ActionPlan;
import org.phaen.model.Activity;
import org.phaen.model.Milestone;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PeriodKind;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.validation.Fixtures;

/** Action plans with projects, activities and milestones, and monitoring plans with reporting periods. */
final class CalendarFixtures {

    static final String PROJECT = "P-01 \"โครงการส่งเสริมการอ่าน\"";
    static final String ACTIVITY = "P-01-A1 \"อบรมครู\"";

    private CalendarFixtures() {}

    static ActionPlan actionPlan(PlanModel model, int fiscalYear) {
        return Fixtures.actionPlan(model, "AP", "แผนปฏิบัติราชการประจำปี", fiscalYear);
    }

    /** Project P-01 of a fresh FY 2562 action plan, running over the given dates (null: not set). */
    static Project project(String start, String end) {
        Project project = Fixtures.project(actionPlan(F.createPlanModel(), 2562), "P-01", "โครงการส่งเสริมการอ่าน");
        project.setStartDate(date(start));
        project.setEndDate(date(end));
        return project;
    }

    static Activity activity(Project project, String start, String end) {
        Activity activity = named(F.createActivity(), "P-01-A1", "อบรมครู");
        activity.setStartDate(date(start));
        activity.setEndDate(date(end));
        project.getActivities().add(activity);
        return activity;
    }

    static Milestone milestone(Activity activity, String due) {
        Milestone milestone = F.createMilestone();
        milestone.setName("ส่งรายงานสรุปผล");
        milestone.setDueDate(date(due));
        activity.getMilestones().add(milestone);
        return milestone;
    }

    static MonitoringPlan monitoringPlan(PlanModel model, int fiscalYear) {
        return Fixtures.monitoringPlan(model, "MON", "แผนการติดตามและประเมินผล", fiscalYear);
    }

    /** A reporting period coded like the samples (e.g. 2562-Q1); sequence or months 0 mean not set. */
    static ReportingPeriod period(
            MonitoringPlan plan, String code, PeriodKind kind, int sequence, int months, String start, String end) {
        ReportingPeriod period = reportingPeriod(plan, code, "รอบ " + code, start, end);
        if (kind != null) {
            period.setKind(kind);
        }
        period.setSequence(sequence);
        period.setMonths(months);
        return period;
    }
}
