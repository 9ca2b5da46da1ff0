/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.phaen.model.Indicator;
import org.phaen.model.ReportingPeriod;

/**
 * One indicator assessed for a fiscal year as of a period.
 *
 * @param target the fiscal year's numeric target, null when there is none
 * @param actual the value compared with it (a sum or the agencies' mean, see {@link IndicatorAssessment}), null without data
 * @param expected the value the indicator should have reached by {@code asOf}'s end, null without target
 * @param asOf the period the actual was reported for, null without data
 * @param agencies how many agencies reported
 */
public record IndicatorResult(
        Indicator indicator,
        BigDecimal target,
        BigDecimal actual,
        BigDecimal expected,
        ReportingPeriod asOf,
        int agencies,
        IndicatorStatus status) {

    /**
     * Achievement as a percentage of the target, in the good direction: actual/target when higher is better,
     * target/actual when lower is better; null when it cannot be computed, and for a yes/no indicator (met or not).
     */
    public BigDecimal achievementPercent() {
        if (target == null || actual == null || IndicatorAssessment.yesNo(indicator)) {
            return null;
        }
        BigDecimal num = IndicatorAssessment.lowerIsBetter(indicator) ? target : actual;
        BigDecimal den = IndicatorAssessment.lowerIsBetter(indicator) ? actual : target;
        if (den.signum() == 0) {
            return null;
        }
        return num.multiply(BigDecimal.valueOf(100))
                .divide(den, MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
    }
}
