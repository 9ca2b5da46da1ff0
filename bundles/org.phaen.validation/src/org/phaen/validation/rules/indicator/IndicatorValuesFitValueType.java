/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import java.math.BigDecimal;
import org.phaen.model.Indicator;
import org.phaen.model.Target;
import org.phaen.model.ValueType;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IND-008: a percentage's baseline and targets lie within 0..100, a count's are whole numbers of zero or more. */
public final class IndicatorValuesFitValueType extends AbstractRule<Indicator> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public IndicatorValuesFitValueType() {
        super("PH-IND-008", Severity.ERROR, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        ValueType type = indicator.getValueType();
        if (!indicator.isSetValueType() || (type != ValueType.PERCENT && type != ValueType.COUNT)) {
            return;
        }
        boolean percent = type == ValueType.PERCENT;
        BigDecimal baseline = indicator.getBaselineValue();
        if (baseline != null && !fits(baseline, percent)) {
            findings.reportVariant(
                    indicator,
                    percent ? "baseline" : "countBaseline",
                    String.valueOf(indicator.getBaselineYear()),
                    baseline.toPlainString());
        }
        for (Target target : indicator.getTargets()) {
            BigDecimal value = target.getValue();
            if (value != null && !fits(value, percent)) {
                findings.reportVariant(
                        indicator,
                        percent ? null : "count",
                        String.valueOf(target.getFiscalYear()),
                        value.toPlainString());
            }
        }
    }

    private static boolean fits(BigDecimal value, boolean percent) {
        return value.signum() >= 0
                && (percent
                        ? value.compareTo(HUNDRED) <= 0
                        : value.stripTrailingZeros().scale() <= 0);
    }
}
