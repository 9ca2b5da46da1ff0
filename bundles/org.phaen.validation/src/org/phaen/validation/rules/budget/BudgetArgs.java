/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import java.math.BigDecimal;
import java.util.Locale;
import org.phaen.model.BudgetLine;
import org.phaen.validation.Findings;

/** How budget messages show amounts and name budget lines. */
final class BudgetArgs {

    private BudgetArgs() {}

    /** An amount as baht with two decimals and thousands separators, e.g. {@code 1,234,567.50}. */
    static String baht(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** Arguments naming a budget line: its description (or "-") and its project, then the extra arguments. */
    static Object[] ofLine(BudgetLine line, Object... extra) {
        Object[] args = new Object[2 + extra.length];
        args[0] = line.getDescription() == null || line.getDescription().isBlank() ? "-" : line.getDescription();
        args[1] = line.eContainer() == null ? "-" : Findings.labelOf(line.eContainer());
        System.arraycopy(extra, 0, args, 2, extra.length);
        return args;
    }
}
