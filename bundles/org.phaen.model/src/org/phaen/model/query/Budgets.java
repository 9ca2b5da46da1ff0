/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.query;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;

/** Budget totals computed from budget lines (exact baht; declared totals are validation's business). */
public final class Budgets {

    private Budgets() {}

    /**
     * The amounts of every budget line under the scope (a project, an action plan, a plan file's model), totalled
     * by funding source in the order sources first appear. Lines without a source are totalled under the key
     * {@code null}; lines without an amount count as nothing.
     */
    public static Map<FundingSource, BigDecimal> bySource(EObject scope) {
        Map<FundingSource, BigDecimal> totals = new LinkedHashMap<>();
        for (BudgetLine line : Elements.allOf(scope, BudgetLine.class)) {
            if (line.getAmount() != null) {
                totals.merge(line.getSource(), line.getAmount(), BigDecimal::add);
            }
        }
        return totals;
    }

    /** The sum of every budget line's amount under the scope. */
    public static BigDecimal total(EObject scope) {
        return bySource(scope).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
