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
import org.phaen.model.Project;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ScheduleHasDatesTest {

    private final ScheduleHasDates rule = new ScheduleHasDates();

    @Test
    void aProjectWithoutDatesIsAWarning() {
        Project project = project(null, null);
        assertOnlyFinding(
                RuleTester.run(rule, modelOf(project)),
                project,
                Severity.WARNING,
                "Project " + PROJECT + " has neither a start date nor an end date.",
                "โครงการ " + PROJECT + " ยังไม่ได้ระบุวันเริ่มต้นและวันสิ้นสุด");
    }

    @Test
    void eachMissingDateIsNamed() {
        Project project = project(null, "2019-08-31");
        Activity activity = activity(project, "2018-11-15", null);
        List<Finding> findings = RuleTester.run(rule, modelOf(project));
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                project,
                Severity.WARNING,
                "Project " + PROJECT + " has no start date.",
                "โครงการ " + PROJECT + " ยังไม่ได้ระบุวันเริ่มต้น");
        assertFinding(
                findings.get(1),
                activity,
                Severity.WARNING,
                "Activity " + ACTIVITY + " has no end date.",
                "กิจกรรม " + ACTIVITY + " ยังไม่ได้ระบุวันสิ้นสุด");
    }

    @Test
    void anActivityWithoutDatesAndOneWithoutAStart() {
        Project project = project("2018-11-01", "2019-08-31");
        Activity none = activity(project, null, null);
        List<Finding> findings = RuleTester.run(rule, modelOf(project));
        assertFinding(
                findings.get(0),
                none,
                Severity.WARNING,
                "Activity " + ACTIVITY + " has neither a start date nor an end date.",
                "กิจกรรม " + ACTIVITY + " ยังไม่ได้ระบุวันเริ่มต้นและวันสิ้นสุด");
        none.setEndDate(date("2018-12-01"));
        findings = RuleTester.run(rule, modelOf(project));
        assertFinding(
                findings.get(0),
                none,
                Severity.WARNING,
                "Activity " + ACTIVITY + " has no start date.",
                "กิจกรรม " + ACTIVITY + " ยังไม่ได้ระบุวันเริ่มต้น");
        project.setEndDate(null);
        findings = RuleTester.run(rule, modelOf(project));
        assertTrue(findings.stream()
                .anyMatch(f -> f.element() == project && f.message(Language.EN).endsWith("has no end date.")));
    }

    @Test
    void aDatedScheduleHasNoFindings() {
        Project project = project("2018-11-01", "2019-08-31");
        activity(project, "2018-11-15", "2018-11-16");
        assertEquals(List.of(), RuleTester.run(rule, modelOf(project)));
    }
}
