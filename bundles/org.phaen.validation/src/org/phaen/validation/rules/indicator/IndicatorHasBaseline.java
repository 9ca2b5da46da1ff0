/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import org.phaen.model.Indicator;
import org.phaen.model.Project;
import org.phaen.model.ValueType;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IND-003: an indicator has a baseline (value and year), or nobody can tell whether its targets mean progress. */
public final class IndicatorHasBaseline extends AbstractRule<Indicator> {

    public IndicatorHasBaseline() {
        super("PH-IND-003", Severity.WARNING, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        if (indicator.isSetValueType() && indicator.getValueType() == ValueType.TEXT) {
            return; // no numeric baseline possible
        }
        boolean hasValue = indicator.getBaselineValue() != null;
        boolean hasYear = indicator.getBaselineYear() != 0;
        if (hasValue && !hasYear) {
            findings.reportVariant(
                    indicator, "noYear", indicator.getBaselineValue().toPlainString());
        } else if (hasYear && !hasValue) {
            findings.reportVariant(indicator, "noValue", String.valueOf(indicator.getBaselineYear()));
        } else if (!hasValue && !(indicator.eContainer() instanceof Project)) {
            findings.report(indicator);
        }
    }
}
