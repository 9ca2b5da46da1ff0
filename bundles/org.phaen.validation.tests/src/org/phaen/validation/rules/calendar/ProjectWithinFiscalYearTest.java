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
import org.phaen.model.ActionPlan;
import org.phaen.model.Project;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ProjectWithinFiscalYearTest {

    private final ProjectWithinFiscalYear rule = new ProjectWithinFiscalYear();

    @Test
    void datesOutsideTheActionPlansFiscalYearAreErrors() {
        Project project = project("2018-09-15", "2019-10-01");
        List<Finding> findings = RuleTester.run(rule, modelOf(project));
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                project,
                Severity.ERROR,
                "Project " + PROJECT
                        + " ends on 2019-10-01, outside fiscal year 2562 (2018-10-01 to 2019-09-30) of its action plan.",
                "โครงการ " + PROJECT
                        + " สิ้นสุดวันที่ 1 ตุลาคม 2562 ซึ่งอยู่นอกปีงบประมาณ พ.ศ. 2562 (1 ตุลาคม 2561 ถึง 30 กันยายน 2562) ของแผนปฏิบัติราชการ");
        assertFinding(
                findings.get(1),
                project,
                Severity.ERROR,
                "Project " + PROJECT
                        + " starts on 2018-09-15, outside fiscal year 2562 (2018-10-01 to 2019-09-30) of its action plan.",
                "โครงการ " + PROJECT
                        + " เริ่มต้นวันที่ 15 กันยายน 2561 ซึ่งอยู่นอกปีงบประมาณ พ.ศ. 2562 (1 ตุลาคม 2561 ถึง 30 กันยายน 2562) ของแผนปฏิบัติราชการ");
    }

    @Test
    void aProjectOfTheWrongYearIsCaughtByOneDate() {
        Project project = project("2019-11-01", null); // typed for FY 2563, its end date still missing
        List<Finding> findings = RuleTester.run(rule, modelOf(project));
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message(Language.EN).contains("starts on 2019-11-01"));
    }

    @Test
    void aProjectInsideItsFiscalYearPasses() {
        assertTrue(RuleTester.run(rule, modelOf(project("2018-10-01", "2019-09-30")))
                .isEmpty());
        assertTrue(RuleTester.run(rule, modelOf(project(null, null))).isEmpty());
    }

    @Test
    void anActionPlanWithoutASaneYearIsLeftToPhCal003() {
        Project project = project("2018-09-15", "2019-10-15");
        ((ActionPlan) project.eContainer()).setFiscalYear(2019);
        assertTrue(RuleTester.run(rule, modelOf(project)).isEmpty());
    }
}
