/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import java.math.BigDecimal;
import java.util.Set;
import org.phaen.model.Direction;
import org.phaen.model.Indicator;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.Target;
import org.phaen.model.ValueType;
import org.phaen.monitoring.data.IndicatorActual;

/**
 * The status rules, in one place:
 * <ul>
 * <li>The actual is the agencies' <b>mean</b> for rates and levels (PERCENT, RATIO, LEVEL, YES_NO) and their
 * <b>sum</b> for quantities (COUNT, AMOUNT, NUMBER).</li>
 * <li>Lower is better only for direction DECREASE; INCREASE, MAINTAIN and ACHIEVE mean "reach at least the target".</li>
 * <li><b>Met</b>: the actual reached the fiscal year's target in the good direction. <b>No data</b>: no numeric target
 * for the year, or nothing reported up to the period.</li>
 * <li>At a period ending part-way through the year, the indicator is <b>on track</b> when it reached the expected
 * value by then: the straight line from the start value to the target, at the share of the fiscal year's months
 * elapsed (Q2 and the 6-month round: 6/12). The start value is the baseline; without one, 0 for a quantity that
 * grows (COUNT, AMOUNT, NUMBER going up); otherwise there is no line and only "met" counts. Otherwise <b>behind</b>;
 * at the year's end there is no "on track": met or behind.</li>
 * <li>A <b>yes/no</b> indicator is met or not: it has no straight line (an expectation of 0.75 "yes" means
 * nothing) and no percentage of its target.</li>
 * </ul>
 * Values are taken as they stand at the end of their period, so quantities should be reported as running totals
 * (the cumulative 3/6/9/12-month rounds), as Thai offices do.
 */
public final class IndicatorAssessment {

    private static final Set<ValueType> AVERAGED =
            Set.of(ValueType.PERCENT, ValueType.RATIO, ValueType.LEVEL, ValueType.YES_NO);
    private static final Set<ValueType> QUANTITIES = Set.of(ValueType.COUNT, ValueType.AMOUNT, ValueType.NUMBER);

    private IndicatorAssessment() {}

    /**
     * @param actual the actual reported for {@code asOf}, or null
     * @param yearShare the share of the fiscal year elapsed at the end of {@code asOf}, 0-1
     */
    public static IndicatorResult assess(
            Indicator indicator, int fiscalYear, IndicatorActual actual, ReportingPeriod asOf, BigDecimal yearShare) {
        BigDecimal target = target(indicator, fiscalYear);
        BigDecimal value =
                actual == null ? null : AVERAGED.contains(indicator.getValueType()) ? actual.mean() : actual.total();
        int agencies = actual == null ? 0 : actual.agencies();
        ReportingPeriod period = actual == null ? null : asOf;
        if (target == null || value == null) {
            return new IndicatorResult(indicator, target, value, null, period, agencies, IndicatorStatus.NO_DATA);
        }
        BigDecimal expected = yesNo(indicator) ? null : expected(indicator, target, yearShare);
        IndicatorStatus status;
        if (reached(indicator, value, target)) {
            status = IndicatorStatus.MET;
        } else if (expected != null && yearShare.compareTo(BigDecimal.ONE) < 0 && reached(indicator, value, expected)) {
            status = IndicatorStatus.ON_TRACK;
        } else {
            status = IndicatorStatus.BEHIND;
        }
        return new IndicatorResult(indicator, target, value, expected, period, agencies, status);
    }

    /** The numeric target for the fiscal year, or null. */
    public static BigDecimal target(Indicator indicator, int fiscalYear) {
        for (Target t : indicator.getTargets()) {
            if (t.getFiscalYear() == fiscalYear && t.getValue() != null) {
                return t.getValue();
            }
        }
        return null;
    }

    static boolean yesNo(Indicator indicator) {
        return indicator.isSetValueType() && indicator.getValueType() == ValueType.YES_NO;
    }

    static boolean lowerIsBetter(Indicator indicator) {
        return indicator.getDirection() == Direction.DECREASE;
    }

    private static boolean reached(Indicator indicator, BigDecimal value, BigDecimal goal) {
        int c = value.compareTo(goal);
        return lowerIsBetter(indicator) ? c <= 0 : c >= 0;
    }

    /** The straight-line value for the share of the year; the target itself when there is no start value. */
    private static BigDecimal expected(Indicator indicator, BigDecimal target, BigDecimal yearShare) {
        BigDecimal start = indicator.getBaselineValue();
        if (start == null && !lowerIsBetter(indicator) && QUANTITIES.contains(indicator.getValueType())) {
            start = BigDecimal.ZERO;
        }
        if (start == null || yearShare.compareTo(BigDecimal.ONE) >= 0) {
            return target;
        }
        return start.add(target.subtract(start).multiply(yearShare)).stripTrailingZeros();
    }
}
