/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.calendar.CalendarFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Activity;
import org.phaen.model.Milestone;
import org.phaen.model.Project;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ScheduleWithinProjectTest {

    private final ScheduleWithinProject rule = new ScheduleWithinProject();

    @Test
    void anActivityOutsideItsProjectsDatesIsAnError() {
        Project project = project("2018-11-01", "2019-08-31");
        Activity activity = activity(project, "2018-10-15", "2019-09-15");
        List<Finding> findings = RuleTester.run(rule, modelOf(project));
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                activity,
                Severity.ERROR,
                "Activity " + ACTIVITY + " ends on 2019-09-15, outside its project's period 2018-11-01 to 2019-08-31.",
                "กิจกรรม " + ACTIVITY
                        + " สิ้นสุดวันที่ 15 กันยายน 2562 ซึ่งอยู่นอกระยะเวลาของโครงการ (1 พฤศจิกายน 2561 ถึง 31 สิงหาคม 2562)");
        assertFinding(
                findings.get(1),
                activity,
                Severity.ERROR,
                "Activity " + ACTIVITY
                        + " starts on 2018-10-15, outside its project's period 2018-11-01 to 2019-08-31.",
                "กิจกรรม " + ACTIVITY
                        + " เริ่มต้นวันที่ 15 ตุลาคม 2561 ซึ่งอยู่นอกระยะเวลาของโครงการ (1 พฤศจิกายน 2561 ถึง 31 สิงหาคม 2562)");
    }

    @Test
    void withoutProjectDatesTheFiscalYearBoundsTheActivity() {
        Project project = project(null, "2019-08-31"); // incomplete: the fiscal year is the yardstick
        Activity activity = activity(project, "2019-09-01", "2019-10-31");
        assertOnlyFinding(
                RuleTester.run(rule, modelOf(project)),
                activity,
                Severity.ERROR,
                "Activity " + ACTIVITY
                        + " ends on 2019-10-31, outside fiscal year 2562 (2018-10-01 to 2019-09-30) of its action plan"
                        + " (its project has no complete period to go by).",
                "กิจกรรม " + ACTIVITY
                        + " สิ้นสุดวันที่ 31 ตุลาคม 2562 ซึ่งอยู่นอกปีงบประมาณ พ.ศ. 2562 (1 ตุลาคม 2561 ถึง 30 กันยายน 2562)"
                        + " ของแผนปฏิบัติราชการ (โครงการยังระบุระยะเวลาไม่ครบ)");
    }

    @Test
    void aMilestoneDueOutsideTheFiscalYearIsAnError() {
        Project project = project("2018-11-01", "2019-09-30");
        Activity activity = activity(project, "2019-08-01", "2019-09-30");
        Milestone late = milestone(activity, "2019-10-05");
        milestone(activity, "2019-09-30");
        assertOnlyFinding(
                RuleTester.run(rule, modelOf(project)),
                late,
                Severity.ERROR,
                "Milestone \"ส่งรายงานสรุปผล\" is due on 2019-10-05, outside fiscal year 2562 (2018-10-01 to 2019-09-30) of its action plan.",
                "หมุดหมาย \"ส่งรายงานสรุปผล\" มีกำหนดวันที่ 5 ตุลาคม 2562 ซึ่งอยู่นอกปีงบประมาณ พ.ศ. 2562 (1 ตุลาคม 2561 ถึง 30 กันยายน 2562) ของแผนปฏิบัติราชการ");
    }

    @Test
    void aScheduleInsideItsProjectPasses() {
        Project project = project("2018-11-01", "2019-08-31");
        Activity first = activity(project, "2018-11-01", "2018-11-02");
        milestone(first, "2018-11-02");
        Activity open = activity(project, "2019-08-31", null); // a missing date is PH-CAL-006's
        milestone(open, "2019-09-15"); // after the activity, still inside the fiscal year
        assertTrue(RuleTester.run(rule, modelOf(project)).isEmpty());
    }

    @Test
    void aReversedProjectIsLeftToPhCal005() {
        Project project = project("2019-08-31", "2018-11-01");
        activity(project, "2018-10-15", "2018-10-20");
        assertTrue(RuleTester.run(rule, modelOf(project)).isEmpty());
    }
}
