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
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.Finding;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

/**
 * A regional plan with issue R-I1 (strategies R-S1, R-S2); a provincial plan whose strategy PLK-S1 aligns to
 * R-S1; an action plan whose projects carry them out: P-01 implements PLK-S1, P-02 implements R-S1 and R-S2,
 * P-03 implements nothing of the region.
 */
class DeclaredTotalsReconcileTest {

    private final PlanModel region = F.createPlanModel();
    private final PlanModel province = F.createPlanModel();
    private final StrategicPlan regional = strategicPlan(region, "R-SP", PlanLevel.REGIONAL_STRATEGIC_PLAN);
    private final StrategicIssue issue = issue(regional, "R-I1");
    private final Strategy regionalOne = strategy(issue, "R-S1");
    private final Strategy regionalTwo = strategy(issue, "R-S2");
    private final Strategy provincial =
            strategy(issue(strategicPlan(province, "PLK", PlanLevel.PROVINCIAL_EDUCATION_PLAN), "PLK-I1"), "PLK-S1");
    private final ActionPlan action = actionPlan(province, "AP", 2562);
    private final Project first = project(action, "P-01", provincial);
    private final Project second = project(action, "P-02", regionalOne, regionalTwo);
    private final Project third = project(action, "P-03");

    DeclaredTotalsReconcileTest() {
        align(provincial, regionalOne);
        line(first, "100000.00", null);
        line(first, "50000.50", null);
        line(second, "200000.00", null);
        line(third, "7000.00", null);
    }

    @Test
    void aProjectTotalOffByOneSatangIsAnError() {
        first.setBudgetTotal(baht("150000.49"));
        assertOnlyFinding(
                RuleTester.run(new DeclaredTotalsReconcile(), region, province),
                first,
                Severity.ERROR,
                "Project P-01 \"โครงการพัฒนาครู\" declares a budget total of 150,000.49 baht, but its budget lines total 150,000.50 baht"
                        + " (a difference of 0.01 baht).",
                "โครงการ P-01 \"โครงการพัฒนาครู\" ระบุงบประมาณรวม 150,000.49 บาท แต่รายการงบประมาณของโครงการรวมได้ 150,000.50"
                        + " บาท (ต่างกัน 0.01 บาท)");
    }

    @Test
    void anActionPlanTotalIsCheckedAgainstAllItsProjects() {
        action.setBudgetTotal(baht("350000.50"));
        assertOnlyFinding(
                RuleTester.run(new DeclaredTotalsReconcile(), region, province),
                action,
                Severity.ERROR,
                "Action plan AP \"แผนปฏิบัติราชการประจำปี\" declares a budget total of 350,000.50 baht, but the budget lines of"
                        + " its projects"
                        + " (3 in all) total 357,000.50 baht (a difference of 7,000.00 baht).",
                "แผนปฏิบัติราชการ AP \"แผนปฏิบัติราชการประจำปี\" ระบุงบประมาณรวม 350,000.50 บาท แต่รายการงบประมาณของโครงการทั้ง"
                        + " 3 โครงการรวมได้"
                        + " 357,000.50 บาท (ต่างกัน 7,000.00 บาท)");
    }

    @Test
    void anIssueCountsProjectsOfItsStrategiesAndOfStrategiesAlignedToThemOnce() {
        issue.setBudgetTotal(baht("350000.00"));
        assertOnlyFinding(
                RuleTester.run(new DeclaredTotalsReconcile(), region, province),
                issue,
                Severity.ERROR,
                "Strategic issue R-I1 \"พัฒนาคุณภาพผู้เรียน\" declares a budget total of 350,000.00 baht, but the budget lines"
                        + " of the projects"
                        + " carrying out its strategies (2 in all) total 350,000.50 baht (a difference of 0.50 baht).",
                "ประเด็นยุทธศาสตร์ R-I1 \"พัฒนาคุณภาพผู้เรียน\" ระบุงบประมาณรวม 350,000.00 บาท แต่รายการงบประมาณของโครงการ 2 โครงการ"
                        + "ที่ดำเนินการตามกลยุทธ์ของประเด็นนี้รวมได้ 350,000.50 บาท (ต่างกัน 0.50 บาท)");
    }

    @Test
    void aStrategicPlanTotalIsCheckedLikeItsIssues() {
        regional.setBudgetTotal(baht("1.00"));
        List<Finding> findings = RuleTester.run(new DeclaredTotalsReconcile(), region, province);
        assertEquals(1, findings.size());
        assertSame(regional, findings.get(0).element());
        assertTrue(
                findings.get(0)
                        .messageEn()
                        .startsWith(
                                "Plan R-SP \"แผนยุทธศาสตร์\" declares a"
                                        + " budget total"
                                        + " of 1.00 baht, but the budget lines of the projects carrying out its strategies (2 in all) total 350,000.50 baht"));
    }

    @Test
    void totalsThatReconcileToTheSatangPassWhateverTheirScale() {
        first.setBudgetTotal(baht("150000.5"));
        second.setBudgetTotal(baht("200000"));
        third.setBudgetTotal(baht("7000.000"));
        action.setBudgetTotal(baht("357000.50"));
        issue.setBudgetTotal(baht("350000.50"));
        regional.setBudgetTotal(baht("350000.50"));
        assertEquals(List.of(), RuleTester.run(new DeclaredTotalsReconcile(), region, province));
    }

    @Test
    void editingALineAmountRechecksTheIssueInAnotherFile() {
        issue.setBudgetTotal(baht("350000.50"));
        LiveValidation live = RuleTester.live(new DeclaredTotalsReconcile(), region, province);
        assertEquals(0, live.start().findings().size());

        BudgetLine line = first.getBudgetLines().get(0);
        line.setAmount(baht("100000.01"));
        live.revalidate();
        assertEquals(
                1,
                live.findingsOf(issue).size(),
                "the issue is rechecked although only a provincial project's line changed");

        first.getImplementsStrategies().clear(); // P-01 no longer counts for R-I1
        line(second, "50000.50", null);
        live.revalidate();
        assertEquals(1, live.findingsOf(issue).size());
        assertTrue(live.findingsOf(issue)
                .get(0)
                .messageEn()
                .contains("the budget lines of the projects carrying out its"
                        + " strategies (1 in all) total 250,000.50"));

        line(second, "100000.00", null);
        live.revalidate();
        assertTrue(live.findingsOf(issue).isEmpty());
        live.dispose();
    }
}
