/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.sample;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.phaen.model.PlanModel;
import org.phaen.model.trace.PlanSummary;

class SyntheticPlanGeneratorTest {

    @Test
    void sizeFollowsTheArguments() {
        PlanSummary small = new PlanSummary(new SyntheticPlanGenerator().generate(2, 5));
        PlanSummary large = new PlanSummary(new SyntheticPlanGenerator().generate(4, 10));
        assertEquals(10, small.counts().get("Project"));
        assertEquals(40, large.counts().get("Project"));
        assertEquals(3 * 10, small.counts().get("Activity"));
        assertTrue(large.totalObjects() > 2 * small.totalObjects());
    }

    @Test
    void theSameSizeGivesTheSamePlan() {
        PlanModel a = new SyntheticPlanGenerator().generate(3, 4);
        PlanModel b = new SyntheticPlanGenerator().generate(3, 4);
        assertTrue(EcoreUtil.equals(a, b));
    }

    @Test
    void everyStrategyAndProjectBelowTheNationalLevelTracesUp() {
        PlanSummary summary = new PlanSummary(new SyntheticPlanGenerator().generate(3, 4));
        summary.coverage().forEach((kind, c) -> assertEquals(c[1], c[0], kind));
        assertFalse(summary.coverage().isEmpty());
    }
}
