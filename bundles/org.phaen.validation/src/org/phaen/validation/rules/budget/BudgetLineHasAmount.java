/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import java.math.BigDecimal;
import org.phaen.model.BudgetLine;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-BUD-001: a budget line has an amount and it is not negative, or no total or ceiling can be checked. */
public final class BudgetLineHasAmount extends AbstractRule<BudgetLine> {

    public BudgetLineHasAmount() {
        super("PH-BUD-001", Severity.ERROR, BudgetLine.class);
    }

    @Override
    protected void verify(BudgetLine line, RuleContext context, Findings findings) {
        BigDecimal amount = line.getAmount();
        if (amount == null) {
            findings.report(line, BudgetArgs.ofLine(line));
        } else if (amount.signum() < 0) {
            findings.reportVariant(line, "negative", BudgetArgs.ofLine(line, BudgetArgs.baht(amount)));
        }
    }
}
