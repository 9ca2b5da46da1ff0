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
