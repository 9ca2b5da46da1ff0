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
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class BudgetLineHasAmountTest {

    private final PlanModel model = F.createPlanModel();
    private final FundingSource source = source(model, "FS1", 2562, null);
    private final Project project = project(actionPlan(model, "AP", 2562), "P-01");

    @Test
    void aLineWithoutAnAmountIsAnError() {
        BudgetLine line = line(project, null, source);
        assertOnlyFinding(
                RuleTester.run(new BudgetLineHasAmount(), model),
                line,
                Severity.ERROR,
                "A budget line of project P-01 \"โครงการพัฒนาครู\" (\"ค่าใช้จ่ายในการอบรม\", BudgetLine line-P-01-0) has no amount.",
                "รายการงบประมาณของโครงการ P-01 \"โครงการพัฒนาครู\" (\"ค่าใช้จ่ายในการอบรม\", BudgetLine line-P-01-0)"
                        + " ยังไม่ได้ระบุจำนวนเงิน");
    }

    @Test
    void aNegativeAmountIsAnError() {
        BudgetLine line = line(project, "-12500.5", source);
        assertOnlyFinding(
                RuleTester.run(new BudgetLineHasAmount(), model),
                line,
                Severity.ERROR,
                "A budget line of project P-01 \"โครงการพัฒนาครู\" (\"ค่าใช้จ่ายในการอบรม\", BudgetLine line-P-01-0) has a"
                        + " negative amount: -12,500.50 baht.",
                "รายการงบประมาณของโครงการ P-01 \"โครงการพัฒนาครู\" (\"ค่าใช้จ่ายในการอบรม\", BudgetLine line-P-01-0)"
                        + " มีจำนวนเงินติดลบ -12,500.50 บาท");
    }

    @Test
    void zeroAndPositiveAmountsPass() {
        line(project, "0", source);
        line(project, "0.00", source);
        line(project, "85000.00", source);
        assertEquals(List.of(), RuleTester.run(new BudgetLineHasAmount(), model));
    }
}
