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

/** PH-IND-002: an indicator has a value type; value checks and data-collection forms depend on it. */
public final class IndicatorHasValueType extends AbstractRule<Indicator> {

    public IndicatorHasValueType() {
        super("PH-IND-002", Severity.ERROR, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        if (!indicator.isSetValueType()) {
            findings.report(indicator);
        }
    }
}
