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

class BudgetLineHasFundingSourceTest {

    @Test
    void aLineWithoutASourceIsAnError() {
        PlanModel model = F.createPlanModel();
        Project project = project(actionPlan(model, "AP", 2562), "P-01");
        line(project, "100.00", source(model, "FS1", 2562, null));
        BudgetLine orphan = line(project, "200.00", null);
        orphan.setDescription(null);
        assertOnlyFinding(
                RuleTester.run(new BudgetLineHasFundingSource(), model),
                orphan,
                Severity.ERROR,
                "A budget line of project P-01 \"โครงการพัฒนาครู\" (\"-\", BudgetLine line-P-01-1) has no funding source.",
                "รายการงบประมาณของโครงการ P-01 \"โครงการพัฒนาครู\" (\"-\", BudgetLine line-P-01-1) ยังไม่ได้ระบุแหล่งงบประมาณ");
    }

    @Test
    void aSourceInAnotherFilePasses() {
        PlanModel region = F.createPlanModel();
        FundingSource source = source(region, "FS1", 2562, "1000.00");
        PlanModel province = F.createPlanModel();
        line(project(actionPlan(province, "AP", 2562), "P-01"), "100.00", source);
        assertEquals(List.of(), RuleTester.run(new BudgetLineHasFundingSource(), region, province));
    }
}
