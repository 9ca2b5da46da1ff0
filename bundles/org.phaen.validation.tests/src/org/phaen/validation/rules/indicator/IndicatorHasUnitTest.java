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

class IndicatorHasUnitTest {

    private final IndicatorHasUnit rule = new IndicatorHasUnit();

    @Test
    void anIndicatorWithoutAUnitIsAnError() {
        Indicator indicator = planIndicator();
        indicator.setUnit(null);
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL + " has no unit.",
                "ตัวชี้วัด " + LABEL + " ยังไม่ได้ระบุหน่วยนับ");
    }

    @Test
    void aBlankUnitIsNoUnit() {
        Indicator indicator = projectIndicator();
        indicator.setUnit("  ");
        assertEquals(1, run(rule, indicator).size());
    }

    @Test
    void anIndicatorWithAUnitPasses() {
        assertTrue(run(rule, planIndicator()).isEmpty());
    }

    @Test
    void yesNoAndTextIndicatorsNeedNoUnit() {
        for (ValueType type : new ValueType[] {ValueType.YES_NO, ValueType.TEXT}) {
            Indicator indicator = planIndicator();
            indicator.setUnit(null);
            indicator.setValueType(type);
            assertTrue(run(rule, indicator).isEmpty(), type.getName());
        }
    }

    @Test
    void anIndicatorWithoutAValueTypeStillNeedsAUnit() {
        Indicator indicator = planIndicator();
        indicator.setUnit(null);
        indicator.unsetValueType();
        assertEquals(1, run(rule, indicator).size());
    }
}
