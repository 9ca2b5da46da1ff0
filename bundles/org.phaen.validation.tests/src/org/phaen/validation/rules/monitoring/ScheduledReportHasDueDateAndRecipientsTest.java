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
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ScheduledReportHasDueDateAndRecipientsTest {

    private static final String REPORT = "RPT-Q1 \"รายงานความก้าวหน้า ไตรมาสที่ 1\"";

    private final PlanModel model = F.createPlanModel();
    private final MonitoringPlan monitoring = monitoringPlan(model, 2562);
    private final ReportingSchedule schedule = schedule(monitoring, actionPlan(model, 2562));

    @Test
    void aReportWithoutDueDateOrRecipientIsAnError() {
        ScheduledReport report = report(schedule, null, null, false);
        List<Finding> findings = RuleTester.run(new ScheduledReportHasDueDateAndRecipients(), model);
        assertEquals(2, findings.size()); // in the order of their English messages
        assertFinding(
                findings.get(0),
                report,
                Severity.ERROR,
                "Scheduled report " + REPORT + " has no due date.",
                "รายงาน " + REPORT + " ยังไม่ได้กำหนดวันส่ง");
        assertFinding(
                findings.get(1),
                report,
                Severity.ERROR,
                "Scheduled report " + REPORT + " has no recipient.",
                "รายงาน " + REPORT + " ยังไม่ได้ระบุหน่วยงานผู้รับรายงาน");
    }

    @Test
    void aReportDueToARecipientPasses() {
        report(schedule, null, "2019-01-10", true);
        assertEquals(List.of(), RuleTester.run(new ScheduledReportHasDueDateAndRecipients(), model));
    }
}
