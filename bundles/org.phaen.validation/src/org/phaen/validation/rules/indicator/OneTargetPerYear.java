/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.phaen.model.Indicator;
import org.phaen.model.Target;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IND-007: an indicator has at most one target per fiscal year, or reports cannot tell which one counts. */
public final class OneTargetPerYear extends AbstractRule<Indicator> {

    public OneTargetPerYear() {
        super("PH-IND-007", Severity.ERROR, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        Set<Integer> seen = new HashSet<>();
        Set<Integer> twice = new TreeSet<>();
        for (Target target : indicator.getTargets()) {
            if (!seen.add(target.getFiscalYear())) {
                twice.add(target.getFiscalYear());
            }
        }
        if (!twice.isEmpty()) {
            findings.report(indicator, Indicators.years(twice));
        }
    }
}
