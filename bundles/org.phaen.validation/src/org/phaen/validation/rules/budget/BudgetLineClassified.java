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

/** PH-BUD-006: a budget line states its expense category and its status, so budget can be summarised by category and followed. */
public final class BudgetLineClassified extends AbstractRule<BudgetLine> {

    public BudgetLineClassified() {
        super("PH-BUD-006", Severity.WARNING, BudgetLine.class);
    }

    @Override
    protected void verify(BudgetLine line, RuleContext context, Findings findings) {
        if (!line.isSetCategory() && !line.isSetStatus()) {
            findings.report(line, BudgetArgs.ofLine(line));
        } else if (!line.isSetCategory()) {
            findings.reportVariant(line, "noCategory", BudgetArgs.ofLine(line));
        } else if (!line.isSetStatus()) {
            findings.reportVariant(line, "noStatus", BudgetArgs.ofLine(line));
        }
    }
}
