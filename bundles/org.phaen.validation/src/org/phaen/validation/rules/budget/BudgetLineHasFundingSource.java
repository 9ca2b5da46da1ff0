/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import org.phaen.model.BudgetLine;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-BUD-003: every budget line names its funding source, or ceilings cannot be checked nor money traced. */
public final class BudgetLineHasFundingSource extends AbstractRule<BudgetLine> {

    public BudgetLineHasFundingSource() {
        super("PH-BUD-003", Severity.ERROR, BudgetLine.class);
    }

    @Override
    protected void verify(BudgetLine line, RuleContext context, Findings findings) {
        if (line.getSource() == null) {
            findings.report(line, BudgetArgs.ofLine(line));
        }
    }
}
