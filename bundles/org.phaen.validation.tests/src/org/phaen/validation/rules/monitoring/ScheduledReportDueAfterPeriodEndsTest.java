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
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ScheduledReportDueAfterPeriodEndsTest {

    private final PlanModel model = F.createPlanModel();
    private final MonitoringPlan monitoring = monitoringPlan(model, 2562);
    private final ReportingSchedule schedule = schedule(monitoring, actionPlan(model, 2562));
    private final ReportingPeriod quarter = period(monitoring, "2562-Q1", "2018-10-01", "2018-12-31");

    @Test
    void aReportDueBeforeItsPeriodEndsIsAWarning() {
        ScheduledReport report = report(schedule, quarter, "2018-12-15", true);
        assertOnlyFinding(
                RuleTester.run(new ScheduledReportDueAfterPeriodEnds(), model),
                report,
                Severity.WARNING,
                "Scheduled report RPT-Q1 \"รายงานความก้าวหน้า ไตรมาสที่ 1\" is due on 2018-12-15, before its reporting period"
                        + " 2562-Q1 \"ไตรมาสที่ 1\" ends on 2018-12-31.",
                "รายงาน RPT-Q1 \"รายงานความก้าวหน้า ไตรมาสที่ 1\" กำหนดส่งวันที่ 15 ธันวาคม 2561 ก่อนสิ้นสุดรอบการรายงาน"
                        + " 2562-Q1 \"ไตรมาสที่ 1\" ในวันที่ 31 ธันวาคม 2561");
    }

    @Test
    void aReportDueOnOrAfterTheEndOfItsPeriodPasses() {
        report(schedule, quarter, "2018-12-31", true);
        report(schedule, quarter, "2019-01-10", true);
        report(schedule, null, "2018-11-01", true); // no period to compare with
        report(schedule, quarter, null, true); // PH-MON-003's business
        assertEquals(List.of(), RuleTester.run(new ScheduledReportDueAfterPeriodEnds(), model));
    }
}
