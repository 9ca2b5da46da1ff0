/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.phaen.model.Direction;
import org.phaen.model.Indicator;
import org.phaen.model.PhaenFactory;
import org.phaen.model.Target;
import org.phaen.model.ValueType;
import org.phaen.monitoring.data.IndicatorActual;

/** The status rules on indicators built in code: direction, baseline line, mean versus sum, no data. */
class IndicatorAssessmentTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    static Indicator indicator(ValueType type, Direction direction, String baseline, String target) {
        Indicator i = PhaenFactory.eINSTANCE.createIndicator();
        i.setUuid("ind-" + type + direction + baseline + target);
        i.setValueType(type);
        i.setDirection(direction);
        if (baseline != null) {
            i.setBaselineValue(new BigDecimal(baseline));
        }
        Target t = PhaenFactory.eINSTANCE.createTarget();
        t.setFiscalYear(2562);
        t.setValue(target == null ? null : new BigDecimal(target));
        i.getTargets().add(t);
        return i;
    }

    private static IndicatorStatus status(Indicator i, String total, int agencies, BigDecimal share) {
        return IndicatorAssessment.assess(
                        i, 2562, new IndicatorActual(i.getUuid(), "p", new BigDecimal(total), agencies), null, share)
                .status();
    }

    /** A yes/no indicator is met or not: no straight line (0.75 "yes" by mid-year means nothing), no percentage. */
    @Test
    void yesNoIsMetOrNot() {
        Indicator i = indicator(ValueType.YES_NO, Direction.ACHIEVE, "0", "1");
        IndicatorResult mid = IndicatorAssessment.assess(
                i,
                2562,
                new IndicatorActual(i.getUuid(), "p", new BigDecimal("3.74"), 5),
                null,
                new BigDecimal("0.75"));
        assertNull(mid.expected());
        assertNull(mid.achievementPercent());
        assertEquals(IndicatorStatus.BEHIND, mid.status()); // mean 0.748: not every agency has it
        assertEquals(IndicatorStatus.MET, status(i, "5", 5, HALF));
    }

    @Test
    void higherIsBetter() {
        Indicator i = indicator(ValueType.PERCENT, Direction.INCREASE, "50", "70");
        assertEquals(IndicatorStatus.MET, status(i, "70", 1, HALF));
        assertEquals(IndicatorStatus.ON_TRACK, status(i, "60", 1, HALF)); // line at half year: 60
        assertEquals(IndicatorStatus.BEHIND, status(i, "59.9", 1, HALF));
        assertEquals(IndicatorStatus.BEHIND, status(i, "69", 1, BigDecimal.ONE)); // no "on track" at the year's end
    }

    @Test
    void lowerIsBetterForDecrease() {
        Indicator i = indicator(ValueType.RATIO, Direction.DECREASE, "22", "20");
        assertEquals(IndicatorStatus.MET, status(i, "19", 1, HALF));
        assertEquals(IndicatorStatus.ON_TRACK, status(i, "21", 1, HALF)); // line: 21
        assertEquals(IndicatorStatus.BEHIND, status(i, "21.5", 1, HALF));
        assertEquals(IndicatorStatus.BEHIND, status(i, "23", 1, BigDecimal.ONE));
    }

    @Test
    void ratesAreAveragedQuantitiesSummed() {
        Indicator rate = indicator(ValueType.PERCENT, Direction.INCREASE, null, "80");
        assertEquals(IndicatorStatus.MET, status(rate, "170", 2, BigDecimal.ONE)); // mean 85
        assertEquals(
                IndicatorStatus.BEHIND, status(rate, "150", 2, BigDecimal.ONE)); // mean 75, although the sum is 150
        Indicator count = indicator(ValueType.COUNT, Direction.INCREASE, null, "100");
        assertEquals(IndicatorStatus.MET, status(count, "100", 4, BigDecimal.ONE)); // summed
        assertEquals(
                0,
                new BigDecimal("85")
                        .compareTo(IndicatorAssessment.assess(
                                        rate,
                                        2562,
                                        new IndicatorActual("x", "p", new BigDecimal("170"), 2),
                                        null,
                                        BigDecimal.ONE)
                                .actual()));
    }

    @Test
    void withoutBaselineACountGrowsFromZeroAndARateMustMeetTheTarget() {
        Indicator count = indicator(ValueType.COUNT, Direction.INCREASE, null, "80");
        assertEquals(IndicatorStatus.ON_TRACK, status(count, "40", 1, HALF));
        assertEquals(IndicatorStatus.BEHIND, status(count, "39", 1, HALF));
        Indicator rate = indicator(ValueType.PERCENT, Direction.INCREASE, null, "70");
        assertEquals(IndicatorStatus.BEHIND, status(rate, "69", 1, HALF));
    }

    @Test
    void noDataWithoutActualOrNumericTarget() {
        Indicator i = indicator(ValueType.PERCENT, Direction.INCREASE, "50", "70");
        assertEquals(
                IndicatorStatus.NO_DATA,
                IndicatorAssessment.assess(i, 2562, null, null, HALF).status());
        // no target for FY 2563
        assertEquals(
                IndicatorStatus.NO_DATA,
                IndicatorAssessment.assess(i, 2563, new IndicatorActual("x", "p", BigDecimal.TEN, 1), null, HALF)
                        .status());
        Indicator textOnly = indicator(ValueType.TEXT, Direction.ACHIEVE, null, null);
        assertEquals(IndicatorStatus.NO_DATA, status(textOnly, "1", 1, HALF));
    }

    @Test
    void achievementFollowsTheDirection() {
        IndicatorResult up = IndicatorAssessment.assess(
                indicator(ValueType.PERCENT, Direction.INCREASE, null, "80"),
                2562,
                new IndicatorActual("x", "p", new BigDecimal("60"), 1),
                null,
                BigDecimal.ONE);
        assertEquals(new BigDecimal("75.0"), up.achievementPercent());
        IndicatorResult down = IndicatorAssessment.assess(
                indicator(ValueType.RATIO, Direction.DECREASE, null, "20"),
                2562,
                new IndicatorActual("x", "p", new BigDecimal("25"), 1),
                null,
                BigDecimal.ONE);
        assertEquals(new BigDecimal("80.0"), down.achievementPercent());
    }
}
