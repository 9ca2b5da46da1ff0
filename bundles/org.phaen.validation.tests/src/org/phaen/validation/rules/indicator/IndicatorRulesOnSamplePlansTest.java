/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.validation.Rule;
import org.phaen.validation.SampleFindings;

/**
 * The indicator rules on the sample plans in models/, loaded together, find nothing: every plan indicator has
 * a baseline and a rising, falling or level series of targets for 2561-2565; the project indicators without a
 * baseline are new undertakings, which PH-IND-003 allows.
 */
class IndicatorRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveNoIndicatorFindings() throws Exception {
        List<Rule> rules = List.of(
                new IndicatorHasUnit(),
                new IndicatorHasValueType(),
                new IndicatorHasBaseline(),
                new IndicatorHasTargetEveryYear(),
                new IndicatorHasDirection(),
                new TargetsFollowDirection(),
                new OneTargetPerYear(),
                new IndicatorValuesFitValueType(),
                new TargetsWithinPlanPeriod());
        SampleFindings samples = SampleFindings.load();
        assertTrue(samples.all(Indicator.class).size() > 40, "the samples were read");
        assertEquals(List.of(), samples.findings(rules));
    }
}
