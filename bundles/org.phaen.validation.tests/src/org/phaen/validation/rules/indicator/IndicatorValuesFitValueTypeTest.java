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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Indicator;
import org.phaen.model.ValueType;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.Severity;

class IndicatorValuesFitValueTypeTest {

    private final IndicatorValuesFitValueType rule = new IndicatorValuesFitValueType();

    @Test
    void percentagesOutsideZeroToHundredAreErrors() {
        Indicator indicator = planIndicator();
        indicator.setBaselineValue(new BigDecimal("120"));
        targets(indicator, 2561, "100", "100.5", "-1", "0", "99.99");
        List<Finding> findings = run(rule, indicator);
        assertEquals(3, findings.size());
        assertFinding(
                findings.get(0),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL + " is a percentage, but its baseline is 120, outside 0 to 100.",
                "ตัวชี้วัด " + LABEL + " เป็นค่าร้อยละ แต่ค่าฐานเท่ากับ 120 ซึ่งอยู่นอกช่วง 0 ถึง 100");
        assertFinding(
                findings.get(1),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL
                        + " is a percentage, but its target for fiscal year 2562 is 100.5, outside 0 to 100.",
                "ตัวชี้วัด " + LABEL
                        + " เป็นค่าร้อยละ แต่ค่าเป้าหมายปีงบประมาณ พ.ศ. 2562 เท่ากับ 100.5 ซึ่งอยู่นอกช่วง 0 ถึง 100");
        assertTrue(findings.get(2).message(Language.EN).contains("fiscal year 2563 is -1"));
    }

    @Test
    void countsMustBeWholeAndNotNegative() {
        Indicator indicator = planIndicator();
        indicator.setValueType(ValueType.COUNT);
        indicator.setUnit("คน");
        indicator.setBaselineValue(new BigDecimal("10.5"));
        targets(indicator, 2561, "12.0", "12.5", "-3", "1000000", "0");
        List<Finding> findings = run(rule, indicator);
        assertEquals(3, findings.size());
        assertFinding(
                findings.get(0),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL
                        + " is a count, but its baseline is 10.5; a count is a whole number of zero or more.",
                "ตัวชี้วัด " + LABEL + " เป็นจำนวนนับ แต่ค่าฐานเท่ากับ 10.5 ซึ่งไม่ใช่จำนวนเต็มตั้งแต่ 0 ขึ้นไป");
        assertFinding(
                findings.get(1),
                indicator,
                Severity.ERROR,
                "Indicator " + LABEL
                        + " is a count, but its target for fiscal year 2562 is 12.5; a count is a whole number of zero or more.",
                "ตัวชี้วัด " + LABEL
                        + " เป็นจำนวนนับ แต่ค่าเป้าหมายปีงบประมาณ พ.ศ. 2562 เท่ากับ 12.5 ซึ่งไม่ใช่จำนวนเต็มตั้งแต่ 0 ขึ้นไป");
        assertTrue(findings.get(2).message(Language.EN).contains("fiscal year 2563 is -3;"));
    }

    @Test
    void valuesThatFitPass() {
        assertTrue(run(rule, planIndicator()).isEmpty());
        Indicator count = projectIndicator();
        count.setValueType(ValueType.COUNT);
        count.setBaselineValue(new BigDecimal("1.2E+3")); // 1200, written with an exponent
        targets(count, 2562, "1500.00");
        assertTrue(run(rule, count).isEmpty());
    }

    @Test
    void otherValueTypesAreNotBounded() {
        Indicator indicator = planIndicator();
        indicator.setValueType(ValueType.NUMBER);
        indicator.setBaselineValue(new BigDecimal("-12.5"));
        targets(indicator, 2561, "150.25");
        assertTrue(run(rule, indicator).isEmpty());
        indicator.unsetValueType();
        assertTrue(run(rule, indicator).isEmpty());
    }
}
