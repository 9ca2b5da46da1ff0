/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.monitoring.MonitoringFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingSchedule;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ActionPlanHasReportingScheduleTest {

    private final PlanModel region = F.createPlanModel();
    private final PlanModel province = F.createPlanModel();
    private final ActionPlan plan = actionPlan(province, 2562);

    @Test
    void anActionPlanWithoutAScheduleIsAnError() {
        MonitoringPlan monitoring = monitoringPlan(region, 2562);
        report(schedule(monitoring, actionPlan(region, 2563)), null, "2019-01-10", true); // another plan's schedule
        assertOnlyFinding(
                RuleTester.run(new ActionPlanHasReportingSchedule(), region, province),
                plan,
                Severity.ERROR,
                "Action plan " + PLAN + " has no reporting schedule.",
                "แผนปฏิบัติราชการ " + PLAN + " ยังไม่มีปฏิทินการรายงานผล");
    }

    @Test
    void aScheduleWithoutReportsIsAnError() {
        schedule(monitoringPlan(region, 2562), plan);
        assertOnlyFinding(
                RuleTester.run(new ActionPlanHasReportingSchedule(), region, province),
                plan,
                Severity.ERROR,
                "The reporting schedule of action plan " + PLAN + " (SCH-01) has no scheduled reports.",
                "ปฏิทินการรายงานผลของแผนปฏิบัติราชการ " + PLAN + " (SCH-01) ยังไม่มีรายงานที่กำหนดส่ง");
    }

    @Test
    void aScheduleWithAReportInAnotherFilePasses() {
        MonitoringPlan monitoring = monitoringPlan(region, 2562);
        report(schedule(monitoring, plan), period(monitoring, "Q1", "2018-10-01", "2018-12-31"), "2019-01-10", true);
        assertEquals(List.of(), RuleTester.run(new ActionPlanHasReportingSchedule(), region, province));
    }

    @Test
    void addingAReportToTheScheduleRechecksTheActionPlan() {
        MonitoringPlan monitoring = monitoringPlan(region, 2562);
        ReportingSchedule schedule = schedule(monitoring, plan);
        LiveValidation live = RuleTester.live(new ActionPlanHasReportingSchedule(), region, province);
        assertEquals(1, live.start().findings().size());

        report(schedule, null, "2019-01-10", false);
        live.revalidate();
        assertTrue(live.findingsOf(plan).isEmpty());
        live.dispose();
    }
}
