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
