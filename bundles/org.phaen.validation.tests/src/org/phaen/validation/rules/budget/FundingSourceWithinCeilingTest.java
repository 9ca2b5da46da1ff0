/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.budget.BudgetFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.validation.Finding;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class FundingSourceWithinCeilingTest {

    private final PlanModel region = F.createPlanModel();
    private final PlanModel province = F.createPlanModel();
    private final FundingSource source = source(region, "FS62-01", 2562, "1000000.00");

    @Test
    void linesAcrossFilesAboveTheCeilingAreAnError() {
        line(project(actionPlan(region, "AP-R", 2562), "R-01"), "400000.00", source);
        Project project = project(actionPlan(province, "AP-P", 2562), "P-01");
        line(project, "350000.00", source);
        line(project, "250000.01", source);
        assertOnlyFinding(
                RuleTester.run(new FundingSourceWithinCeiling(), region, province),
                source,
                Severity.ERROR,
                "The budget lines drawing on funding source FS62-01 \"งบประมาณสำนักงานปลัดกระทรวงศึกษาธิการ\" total 1,000,000.01 baht,"
                        + " above its ceiling of 1,000,000.00 baht by 0.01 baht.",
                "รายการงบประมาณที่ใช้แหล่งงบประมาณ FS62-01 \"งบประมาณสำนักงานปลัดกระทรวงศึกษาธิการ\" รวมเป็นเงิน 1,000,000.01 บาท"
                        + " เกินวงเงิน 1,000,000.00 บาท อยู่ 0.01 บาท");
    }

    @Test
    void exactlyTheCeilingPasses() {
        Project project = project(actionPlan(province, "AP-P", 2562), "P-01");
        line(project, "999999.99", source);
        line(project, "0.01", source);
        line(project, null, source); // no amount: PH-BUD-001's business
        assertEquals(List.of(), RuleTester.run(new FundingSourceWithinCeiling(), region, province));
    }

    @Test
    void onlyLinesOfTheSourcesFiscalYearCount() {
        line(project(actionPlan(province, "AP-2562", 2562), "P-01"), "600000.00", source);
        line(project(actionPlan(province, "AP-2563", 2563), "P-02"), "600000.00", source);
        assertEquals(List.of(), RuleTester.run(new FundingSourceWithinCeiling(), region, province));

        source.setFiscalYear(0); // a source for no one year: every line counts
        List<Finding> findings = RuleTester.run(new FundingSourceWithinCeiling(), region, province);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).messageEn().contains("total 1,200,000.00 baht"));
    }

    @Test
    void aSourceWithoutACeilingIsNotChecked() {
        source.setCeiling(null);
        line(project(actionPlan(province, "AP-P", 2562), "P-01"), "5000000.00", source);
        assertEquals(List.of(), RuleTester.run(new FundingSourceWithinCeiling(), region, province));
    }

    @Test
    void editingAnAmountRechecksTheSourceInAnotherFile() {
        BudgetLine line = line(project(actionPlan(province, "AP-P", 2562), "P-01"), "900000.00", source);
        LiveValidation live = RuleTester.live(new FundingSourceWithinCeiling(), region, province);
        assertEquals(0, live.start().findings().size());

        line.setAmount(baht("1000000.50"));
        live.revalidate();
        assertEquals(1, live.findingsOf(source).size(), "the source is rechecked although only the line changed");

        FundingSource other = source(region, "FS62-02", 2562, "5000000.00");
        line.setSource(other);
        live.revalidate();
        assertTrue(live.findingsOf(source).isEmpty(), "moving the line to another source clears the finding");
        line.setSource(source);
        live.revalidate();
        assertEquals(1, live.findingsOf(source).size());

        ((Project) line.eContainer()).getBudgetLines().remove(line);
        live.revalidate();
        assertTrue(live.findingsOf(source).isEmpty(), "removing the line clears the finding");
        live.dispose();
    }
}
