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

class IndicatorHasValueTypeTest {

    private final IndicatorHasValueType rule = new IndicatorHasValueType();

    @Test
    void anIndicatorWithoutAValueTypeIsAnError() {
        Indicator indicator = planIndicator();
        indicator.unsetValueType();
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL + " has no value type.",
                "ตัวชี้วัด " + LABEL + " ยังไม่ได้ระบุประเภทของค่า");
    }

    @Test
    void anIndicatorWithAValueTypePasses() {
        Indicator indicator = planIndicator();
        assertTrue(run(rule, indicator).isEmpty());
        indicator.setValueType(ValueType.NUMBER); // the default literal, explicitly chosen
        assertTrue(run(rule, indicator).isEmpty());
    }
}
