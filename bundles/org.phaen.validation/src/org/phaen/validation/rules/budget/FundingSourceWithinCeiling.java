/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.budget;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.ChangedElements;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-BUD-004: the budget lines drawing on a funding source (in its fiscal year, across all files) stay within its ceiling. */
public final class FundingSourceWithinCeiling extends AbstractRule<FundingSource> {

    public FundingSourceWithinCeiling() {
        super("PH-BUD-004", Severity.ERROR, FundingSource.class);
    }

    @Override
    protected void verify(FundingSource source, RuleContext context, Findings findings) {
        BigDecimal ceiling = source.getCeiling();
        if (ceiling == null) {
            return;
        }
        int year = source.getFiscalYear();
        BigDecimal total = BigDecimal.ZERO;
        for (BudgetLine line : LinesBySource.of(context).getOrDefault(source, List.of())) {
            ActionPlan plan = actionPlanOf(line);
            if (line.getAmount() != null && (year == 0 || plan != null && plan.getFiscalYear() == year)) {
                total = total.add(line.getAmount());
            }
        }
        if (total.compareTo(ceiling) > 0) {
            findings.report(
                    source, BudgetArgs.baht(total), BudgetArgs.baht(ceiling), BudgetArgs.baht(total.subtract(ceiling)));
        }
    }

    /** A line's amount, source or fiscal year (or its removal) changes the total of its source, which is not the edited element. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        Object feature = change.getFeature();
        if (change.getNotifier() instanceof BudgetLine
                        && feature != PhaenPackage.Literals.BUDGET_LINE__AMOUNT
                        && feature != PhaenPackage.Literals.BUDGET_LINE__SOURCE
                || change.getNotifier() instanceof Project && feature != PhaenPackage.Literals.PROJECT__BUDGET_LINES) {
            return List.of();
        }
        Set<EObject> sources = new LinkedHashSet<>();
        ChangedElements.eachInvolved(change, element -> {
            if (element instanceof BudgetLine line) {
                addSource(line, sources);
            } else if (element instanceof Project project && change.getNotifier() != project) {
                project.getBudgetLines().forEach(line -> addSource(line, sources));
            } else if (element instanceof ActionPlan plan
                    && (change.getNotifier() != plan
                            || change.getFeature() == PhaenPackage.Literals.ACTION_PLAN__FISCAL_YEAR)) {
                plan.getProjects()
                        .forEach(project -> project.getBudgetLines().forEach(line -> addSource(line, sources)));
            }
        });
        return sources;
    }

    /** The action plan holding the project of a budget line, or null. */
    private static ActionPlan actionPlanOf(BudgetLine line) {
        return line.eContainer() instanceof Project project && project.eContainer() instanceof ActionPlan plan
                ? plan
                : null;
    }

    private static void addSource(BudgetLine line, Set<EObject> sources) {
        if (line.getSource() != null) {
            sources.add(line.getSource());
        }
    }
}
