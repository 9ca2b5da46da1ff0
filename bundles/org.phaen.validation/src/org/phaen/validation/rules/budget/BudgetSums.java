/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import java.math.BigDecimal;
import java.util.Collection;
import org.phaen.model.BudgetLine;
import org.phaen.model.Project;

/** What budget lines add up to. */
final class BudgetSums {

    private BudgetSums() {}

    /** The sum of the amounts of the lines (lines without an amount count as nothing; PH-BUD-001 reports them). */
    static BigDecimal of(Collection<BudgetLine> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : lines) {
            if (line.getAmount() != null) {
                total = total.add(line.getAmount());
            }
        }
        return total;
    }

    /** The sum of the budget lines of the projects. */
    static BigDecimal ofProjects(Collection<Project> projects) {
        BigDecimal total = BigDecimal.ZERO;
        for (Project project : projects) {
            total = total.add(of(project.getBudgetLines()));
        }
        return total;
    }
}
