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
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class AmountsToTheSatangTest {

    private final PlanModel model = F.createPlanModel();
    private final ActionPlan plan = actionPlan(model, "AP", 2562);
    private final Project project = project(plan, "P-01");

    @Test
    void aLineAmountFinerThanTheSatangIsAnError() {
        BudgetLine line = line(project, "1500.125", null);
        assertOnlyFinding(
                RuleTester.run(new AmountsToTheSatang(), model),
                line,
                Severity.ERROR,
                "The amount 1500.125 of a budget line of project P-01 \"โครงการพัฒนาครู\" (\"ค่าใช้จ่ายในการอบรม\", BudgetLine"
                        + " line-P-01-0) is finer than the satang.",
                "จำนวนเงิน 1500.125 ของรายการงบประมาณของโครงการ P-01 \"โครงการพัฒนาครู\" (\"ค่าใช้จ่ายในการอบรม\", BudgetLine"
                        + " line-P-01-0) มีทศนิยมละเอียดกว่าหน่วยสตางค์");
    }

    @Test
    void aCeilingFinerThanTheSatangIsAnError() {
        FundingSource source = source(model, "FS1", 2562, "4500000.001");
        assertOnlyFinding(
                RuleTester.run(new AmountsToTheSatang(), model),
                source,
                Severity.ERROR,
                "The ceiling 4500000.001 of funding source FS1 \"งบประมาณสำนักงานปลัดกระทรวงศึกษาธิการ\" is finer than the satang.",
                "วงเงินงบประมาณ 4500000.001 ของแหล่งงบประมาณ FS1 \"งบประมาณสำนักงานปลัดกระทรวงศึกษาธิการ\" มีทศนิยมละเอียดกว่าหน่วยสตางค์");
    }

    @Test
    void declaredTotalsFinerThanTheSatangAreErrorsAtEveryLevel() {
        StrategicPlan strategic = strategicPlan(model, "SP", PlanLevel.REGIONAL_STRATEGIC_PLAN);
        StrategicIssue issue = issue(strategic, "I1");
        project.setBudgetTotal(baht("10.001"));
        plan.setBudgetTotal(baht("20.0001"));
        issue.setBudgetTotal(baht("30.999"));
        strategic.setBudgetTotal(baht("40.5"));
        List<Finding> findings = RuleTester.run(new AmountsToTheSatang(), model);
        assertEquals(3, findings.size());
        assertFinding(
                findingOn(issue, findings),
                issue,
                Severity.ERROR,
                "The budget total 30.999 declared for I1 \"พัฒนาคุณภาพผู้เรียน\" is finer than the satang.",
                "งบประมาณรวม 30.999 ที่ระบุไว้สำหรับ I1 \"พัฒนาคุณภาพผู้เรียน\" มีทศนิยมละเอียดกว่าหน่วยสตางค์");
        assertFinding(
                findingOn(plan, findings),
                plan,
                Severity.ERROR,
                "The budget total 20.0001 declared for AP \"แผนปฏิบัติราชการประจำปี\" is finer than the satang.",
                "งบประมาณรวม 20.0001 ที่ระบุไว้สำหรับ AP \"แผนปฏิบัติราชการประจำปี\" มีทศนิยมละเอียดกว่าหน่วยสตางค์");
        assertFinding(
                findingOn(project, findings),
                project,
                Severity.ERROR,
                "The budget total 10.001 declared for P-01 \"โครงการพัฒนาครู\" is finer than the satang.",
                "งบประมาณรวม 10.001 ที่ระบุไว้สำหรับ P-01 \"โครงการพัฒนาครู\" มีทศนิยมละเอียดกว่าหน่วยสตางค์");
    }

    @Test
    void amountsToTheSatangPassEvenWithTrailingZeros() {
        line(project, "1500.120", null); // scale 3, but exact to the satang
        line(project, "1500", null);
        line(project, "1.5E+3", null); // a negative scale is whole baht
        source(model, "FS1", 2562, "4500000.00");
        project.setBudgetTotal(baht("3000.1200000"));
        plan.setBudgetTotal(baht("3000.12"));
        assertEquals(List.of(), RuleTester.run(new AmountsToTheSatang(), model));
    }
}
