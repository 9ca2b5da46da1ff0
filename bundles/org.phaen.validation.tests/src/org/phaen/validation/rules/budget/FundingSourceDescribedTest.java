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
import org.phaen.model.FundingSource;
import org.phaen.model.PlanModel;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class FundingSourceDescribedTest {

    private static final String SOURCE = "FS1 \"งบประมาณสำนักงานปลัดกระทรวงศึกษาธิการ\"";

    @Test
    void aSourceWithoutKindYearOrCeilingGetsAWarningForEach() {
        PlanModel model = F.createPlanModel();
        FundingSource source = source(model, "FS1", 0, null);
        source.unsetKind();
        List<Finding> findings = RuleTester.run(new FundingSourceDescribed(), model);
        assertEquals(3, findings.size());
        // findings on one element come in the order of their English messages
        assertFinding(
                findings.get(0),
                source,
                Severity.WARNING,
                "Funding source " + SOURCE + " has no ceiling.",
                "แหล่งงบประมาณ " + SOURCE + " ยังไม่ได้ระบุวงเงิน");
        assertFinding(
                findings.get(1),
                source,
                Severity.WARNING,
                "Funding source " + SOURCE + " has no fiscal year.",
                "แหล่งงบประมาณ " + SOURCE + " ยังไม่ได้ระบุปีงบประมาณ");
        assertFinding(
                findings.get(2),
                source,
                Severity.WARNING,
                "Funding source " + SOURCE + " has no kind.",
                "แหล่งงบประมาณ " + SOURCE + " ยังไม่ได้ระบุประเภท");
    }

    @Test
    void aDescribedSourcePasses() {
        PlanModel model = F.createPlanModel();
        source(model, "FS1", 2562, "0.00");
        assertEquals(List.of(), RuleTester.run(new FundingSourceDescribed(), model));
    }
}
