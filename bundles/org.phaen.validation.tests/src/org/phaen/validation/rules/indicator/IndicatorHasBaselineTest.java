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

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.model.ValueType;
import org.phaen.validation.Severity;

class IndicatorHasBaselineTest {

    private final IndicatorHasBaseline rule = new IndicatorHasBaseline();

    @Test
    void aPlanIndicatorWithoutABaselineIsAWarning() {
        Indicator indicator = planIndicator();
        indicator.setBaselineValue(null);
        indicator.setBaselineYear(0);
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.WARNING,
                "Indicator " + LABEL + " has no baseline (value and year).",
                "ตัวชี้วัด " + LABEL + " ยังไม่มีค่าฐาน (ค่าและปีของค่าฐาน)");
    }

    @Test
    void aProjectIndicatorMayGoWithoutABaseline() {
        Indicator indicator = projectIndicator();
        indicator.setBaselineValue(null);
        indicator.setBaselineYear(0);
        assertTrue(run(rule, indicator).isEmpty());
    }

    @Test
    void halfABaselineIsAWarningEvenInAProject() {
        Indicator indicator = projectIndicator();
        indicator.setBaselineYear(0);
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.WARNING,
                "Indicator " + LABEL + " has a baseline value of 70 but no baseline year.",
                "ตัวชี้วัด " + LABEL + " มีค่าฐาน 70 แต่ยังไม่ได้ระบุปีของค่าฐาน");

        indicator.setBaselineYear(2561);
        indicator.setBaselineValue(null);
        assertOnlyFinding(
                run(rule, indicator),
                indicator,
                Severity.WARNING,
                "Indicator " + LABEL + " has a baseline year 2561 but no baseline value.",
                "ตัวชี้วัด " + LABEL + " ระบุปีของค่าฐานเป็น พ.ศ. 2561 แต่ยังไม่ได้ระบุค่าฐาน");
    }

    @Test
    void aCompleteBaselinePasses() {
        assertTrue(run(rule, planIndicator()).isEmpty());
        Indicator zero = planIndicator();
        zero.setBaselineValue(BigDecimal.ZERO); // a baseline of 0 is a baseline
        assertTrue(run(rule, zero).isEmpty());
    }

    @Test
    void aTextIndicatorHasNoNumericBaseline() {
        Indicator indicator = planIndicator();
        indicator.setValueType(ValueType.TEXT);
        indicator.setBaselineValue(null);
        indicator.setBaselineYear(0);
        assertTrue(run(rule, indicator).isEmpty());
    }
}
