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
import org.phaen.model.ValueType;
import org.phaen.validation.Severity;

class IndicatorHasDirectionTest {

    private final IndicatorHasDirection rule = new IndicatorHasDirection();

    @Test
    void aNumericIndicatorWithoutADirectionIsAnError() {
        Indicator indicator = projectIndicator();
        indicator.unsetDirection();
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL + " has no direction (increase, decrease, maintain or achieve).",
                "ตัวชี้วัด " + LABEL + " ยังไม่ได้ระบุทิศทางของตัวชี้วัด (เพิ่มขึ้น ลดลง คงที่ หรือบรรลุผล)");
    }

    @Test
    void anIndicatorWithADirectionPasses() {
        assertTrue(run(rule, planIndicator()).isEmpty());
    }

    @Test
    void yesNoAndTextIndicatorsNeedNoDirection() {
        for (ValueType type : new ValueType[] {ValueType.YES_NO, ValueType.TEXT}) {
            Indicator indicator = planIndicator();
            indicator.unsetDirection();
            indicator.setValueType(type);
            assertTrue(run(rule, indicator).isEmpty(), type.getName());
        }
    }
}
