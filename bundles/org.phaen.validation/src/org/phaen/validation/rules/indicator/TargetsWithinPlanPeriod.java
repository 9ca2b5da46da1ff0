/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import java.util.Set;
import java.util.TreeSet;
import org.phaen.model.Indicator;
import org.phaen.model.Target;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IND-009: an indicator's targets lie inside its plan period; a target for another year is never reported on. */
public final class TargetsWithinPlanPeriod extends AbstractRule<Indicator> {

    public TargetsWithinPlanPeriod() {
        super("PH-IND-009", Severity.WARNING, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        Indicators.Period period = Indicators.periodOf(indicator);
        if (period == null) {
            return;
        }
        Set<Integer> outside = new TreeSet<>();
        for (Target target : indicator.getTargets()) {
            int year = target.getFiscalYear();
            if (Indicators.isBeYear(year) && !period.contains(year)) { // years that are no B.E. year are PH-CAL-003's
                outside.add(year);
            }
        }
        if (outside.isEmpty()) {
            return;
        }
        if (period.project()) {
            findings.reportVariant(indicator, "project", Indicators.years(outside), String.valueOf(period.first()));
        } else {
            findings.report(
                    indicator,
                    Indicators.years(outside),
                    String.valueOf(period.first()),
                    String.valueOf(period.last()));
        }
    }
}
