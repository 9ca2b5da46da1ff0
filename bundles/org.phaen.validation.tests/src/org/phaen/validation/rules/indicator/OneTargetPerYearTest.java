/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.rules.indicator.IndicatorFixtures.*;

import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.validation.Severity;

class OneTargetPerYearTest {

    private final OneTargetPerYear rule = new OneTargetPerYear();

    @Test
    void twoTargetsForOneYearAreAnError() {
        Indicator indicator = planIndicator();
        indicator.getTargets().add(target(2563, "77"));
        indicator.getTargets().add(target(2565, "81"));
        indicator.getTargets().add(target(2565, "82"));
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL + " has more than one target for fiscal year 2563, 2565.",
                "ตัวชี้วัด " + LABEL + " มีค่าเป้าหมายของปีงบประมาณ พ.ศ. 2563, 2565 มากกว่าหนึ่งค่า");
    }

    @Test
    void oneTargetPerYearPasses() {
        assertTrue(run(rule, planIndicator()).isEmpty());
        assertTrue(run(rule, projectIndicator()).isEmpty());
    }
}
