/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import org.phaen.model.Indicator;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IND-001: an indicator states its unit (ร้อยละ, คน, แห่ง); a value without one cannot be read or compared. */
public final class IndicatorHasUnit extends AbstractRule<Indicator> {

    public IndicatorHasUnit() {
        super("PH-IND-001", Severity.ERROR, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        String unit = indicator.getUnit();
        if ((unit == null || unit.isBlank()) && !Indicators.isQualitative(indicator)) {
            findings.report(indicator);
        }
    }
}
