/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import java.math.BigDecimal;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.Identified;
import org.phaen.model.PlanDocument;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-BUD-002: baht amounts (budget lines, ceilings, declared totals) are exact to the satang, at most 2 decimal places. */
public final class AmountsToTheSatang extends AbstractRule<Identified> {

    public AmountsToTheSatang() {
        super("PH-BUD-002", Severity.ERROR, Identified.class);
    }

    @Override
    protected void verify(Identified element, RuleContext context, Findings findings) {
        if (element instanceof BudgetLine line) {
            if (finerThanSatang(line.getAmount())) {
                findings.report(line, BudgetArgs.ofLine(line, line.getAmount().toPlainString()));
            }
        } else if (element instanceof FundingSource source) {
            if (finerThanSatang(source.getCeiling())) {
                findings.reportVariant(source, "ceiling", source.getCeiling().toPlainString());
            }
        } else {
            BigDecimal total = element instanceof Project project
                    ? project.getBudgetTotal()
                    : element instanceof PlanDocument document
                            ? document.getBudgetTotal()
                            : element instanceof StrategicIssue issue ? issue.getBudgetTotal() : null;
            if (finerThanSatang(total)) {
                findings.reportVariant(element, "budgetTotal", total.toPlainString());
            }
        }
    }

    private static boolean finerThanSatang(BigDecimal amount) {
        return amount != null
                && amount.scale() > 2
                && amount.stripTrailingZeros().scale() > 2;
    }
}
