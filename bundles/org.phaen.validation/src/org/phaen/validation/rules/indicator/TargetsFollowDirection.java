/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phaen.model.Direction;
import org.phaen.model.Indicator;
import org.phaen.model.Target;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IND-006: targets follow the direction: an increase never falls (from the baseline on), a decrease never rises. */
public final class TargetsFollowDirection extends AbstractRule<Indicator> {

    public TargetsFollowDirection() {
        super("PH-IND-006", Severity.WARNING, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        Direction direction = indicator.getDirection();
        if (!indicator.isSetDirection() || direction == Direction.ACHIEVE) {
            return;
        }
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
        for (Target target : indicator.getTargets()) {
            if (target.getValue() != null
                    && Indicators.isBeYear(target.getFiscalYear())
                    && byYear.put(target.getFiscalYear(), target.getValue()) != null) {
                return; // two targets for a year (PH-IND-007): which one counts is unknown
            }
        }
        if (byYear.isEmpty()) {
            return;
        }
        BigDecimal baseline = indicator.getBaselineValue();
        BigDecimal reference = baseline != null ? baseline : byYear.firstEntry().getValue();
        BigDecimal previous = baseline;
        List<Integer> breaks = new ArrayList<>();
        for (Map.Entry<Integer, BigDecimal> entry : byYear.entrySet()) {
            BigDecimal value = entry.getValue();
            boolean broken = switch (direction) {
                case INCREASE -> previous != null && value.compareTo(previous) < 0;
                case DECREASE -> previous != null && value.compareTo(previous) > 0;
                default -> value.compareTo(reference) != 0;
            };
            if (broken) {
                breaks.add(entry.getKey());
            }
            previous = value;
        }
        if (breaks.isEmpty()) {
            return;
        }
        String years = Indicators.years(breaks);
        switch (direction) {
            case INCREASE -> findings.report(indicator, years);
            case DECREASE -> findings.reportVariant(indicator, "decrease", years);
            default -> findings.reportVariant(indicator, "maintain", years, reference.toPlainString());
        }
    }
}
