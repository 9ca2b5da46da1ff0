/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Named;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.SampleFindings;
import org.phaen.validation.Severity;

/**
 * The alignment rules on the sample plans in models/, loaded together: no errors. The one warning is
 * true: only Phitsanulok's FY 2562 action plan is loaded, and none of its projects serves regional
 * strategy R17-S1.1 (education in border and special areas, which Tak's plan would carry out).
 */
class AlignmentRulesOnSamplePlansTest {

    @Test
    void theSamplePlansFormACompleteCascade() throws Exception {
        SampleFindings samples = SampleFindings.load();
        assertEquals(2, samples.fileCount(), "the samples refer only to each other");
        List<Finding> findings = samples.findings(List.of(
                new ProjectImplementsStrategy(),
                new StrategyServesOwnIssueGoals(),
                new LowerPlanTracesToRegionalPlan(),
                new RegionalPlanTracesToHigherPlan(),
                new CrossFileReferencesResolve(),
                new StrategyCoveredByProjects(),
                new AlignmentPointsToHigherPlan(),
                new GoalServedByStrategy()));
        assertEquals(
                List.of(),
                findings.stream().filter(f -> f.severity() == Severity.ERROR).toList());
        assertEquals(1, findings.size(), findings.toString());
        Finding coverage = findings.get(0);
        assertEquals("PH-ALN-006", coverage.ruleId());
        assertEquals("R17-S1.1", ((Named) coverage.element()).getCode());
        assertTrue(coverage.message(Language.EN).contains("fiscal year B.E. 2562"), coverage.message(Language.EN));
    }
}
