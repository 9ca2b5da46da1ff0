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
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class BudgetLineClassifiedTest {

    private static final String LINE =
            "A budget line of project P-01 \"โครงการพัฒนาครู\" (\"ค่าใช้จ่ายในการอบรม\", BudgetLine line-P-01-";
    private static final String LINE_TH =
            "รายการงบประมาณของโครงการ P-01 \"โครงการพัฒนาครู\" (\"ค่าใช้จ่ายในการอบรม\"," + " BudgetLine line-P-01-";

    private final PlanModel model = F.createPlanModel();
    private final Project project = project(actionPlan(model, "AP", 2562), "P-01");

    @Test
    void linesWithoutCategoryOrStatusAreWarnings() {
        line(project, "1.00", null);
        BudgetLine neither = line(project, "1.00", null);
        neither.unsetCategory();
        neither.unsetStatus();
        BudgetLine noCategory = line(project, "1.00", null);
        noCategory.unsetCategory();
        BudgetLine noStatus = line(project, "1.00", null);
        noStatus.unsetStatus();
        List<Finding> findings = RuleTester.run(new BudgetLineClassified(), model);
        assertEquals(3, findings.size());
        assertFinding(
                findings.get(0),
                neither,
                Severity.WARNING,
                LINE + "1) has neither an expense category nor a status.",
                LINE_TH + "1) ยังไม่ได้ระบุทั้งหมวดรายจ่ายและสถานะ");
        assertFinding(
                findings.get(1),
                noCategory,
                Severity.WARNING,
                LINE + "2) has no expense category.",
                LINE_TH + "2) ยังไม่ได้ระบุหมวดรายจ่าย");
        assertFinding(
                findings.get(2),
                noStatus,
                Severity.WARNING,
                LINE + "3) has no status (requested, allocated or disbursed).",
                LINE_TH + "3) ยังไม่ได้ระบุสถานะ (ขอตั้ง ได้รับจัดสรร หรือเบิกจ่ายแล้ว)");
    }

    @Test
    void aClassifiedLinePasses() {
        line(project, "1.00", null);
        assertEquals(List.of(), RuleTester.run(new BudgetLineClassified(), model));
    }
}
