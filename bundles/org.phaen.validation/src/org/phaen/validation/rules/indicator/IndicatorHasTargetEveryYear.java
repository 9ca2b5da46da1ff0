/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.phaen.model.Indicator;
import org.phaen.model.Target;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IND-004: an indicator has a target for every fiscal year of its plan period, or that year's results cannot be judged. */
public final class IndicatorHasTargetEveryYear extends AbstractRule<Indicator> {

    public IndicatorHasTargetEveryYear() {
        super("PH-IND-004", Severity.ERROR, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        Indicators.Period period = Indicators.periodOf(indicator);
        if (period == null) {
            return;
        }
        BitSet covered = new BitSet();
        for (Target target : indicator.getTargets()) {
            // an empty target (neither value nor text) is no target
            boolean stated = target.getValue() != null
                    || (target.getText() != null && !target.getText().isBlank());
            if (stated && period.contains(target.getFiscalYear())) {
                covered.set(target.getFiscalYear() - period.first());
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int year = period.first(); year <= period.last(); year++) {
            if (!covered.get(year - period.first())) {
                missing.add(year);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (period.project()) {
            findings.reportVariant(indicator, "project", Indicators.years(missing));
        } else {
            findings.report(
                    indicator,
                    Indicators.years(missing),
                    String.valueOf(period.first()),
                    String.valueOf(period.last()));
        }
    }
}
