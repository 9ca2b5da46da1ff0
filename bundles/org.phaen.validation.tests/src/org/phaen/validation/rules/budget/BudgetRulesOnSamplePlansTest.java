/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.BudgetLine;
import org.phaen.validation.Rule;
import org.phaen.validation.SampleFindings;

/**
 * The budget rules on the sample plans in models/, loaded together, find nothing: every budget line of the
 * Phitsanulok projects has an amount to the satang, a category, a status and a source (often a regional source
 * in the other file), and every source stays within its FY 2562 ceiling. The samples declare no budget totals.
 */
class BudgetRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveNoBudgetFindings() throws Exception {
        List<Rule> rules = List.of(
                new BudgetLineHasAmount(),
                new AmountsToTheSatang(),
                new BudgetLineHasFundingSource(),
                new FundingSourceWithinCeiling(),
                new DeclaredTotalsReconcile(),
                new BudgetLineClassified(),
                new FundingSourceDescribed());
        SampleFindings samples = SampleFindings.load();
        assertTrue(samples.all(BudgetLine.class).size() >= 30, "the samples were read");
        assertEquals(List.of(), samples.findings(rules));
    }
}
