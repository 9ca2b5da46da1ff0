/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import java.util.Collection;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Strategy;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-ALN-006: in each fiscal year its plan has an action plan, a strategy is carried out by at least
 * one project (directly or through a lower strategy aligned to it); otherwise it stays on paper that year.
 */
public final class StrategyCoveredByProjects extends AbstractRule<Strategy> {

    private static final Object COVERAGE = new Object();

    public StrategyCoveredByProjects() {
        super("PH-ALN-006", Severity.WARNING, Strategy.class);
    }

    @Override
    protected void verify(Strategy strategy, RuleContext context, Findings findings) {
        for (int year : coverage(context).uncoveredYears(strategy)) {
            findings.report(strategy, String.valueOf(year));
        }
    }

    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        Object feature = change.getFeature();
        if (feature == PhaenPackage.Literals.PROJECT__IMPLEMENTS_STRATEGIES
                || feature == PhaenPackage.Literals.ALIGNMENT__TARGET
                || feature == PhaenPackage.Literals.PLAN_ELEMENT__ALIGNMENTS
                || feature == PhaenPackage.Literals.ACTION_PLAN__PROJECTS) {
            return coverage(context).affectedBy(change);
        }
        boolean yearOrPlan = feature == PhaenPackage.Literals.ACTION_PLAN__FISCAL_YEAR
                || feature == PhaenPackage.Literals.ACTION_PLAN__STRATEGIC_PLAN;
        return yearOrPlan ? context.all(Strategy.class) : Set.of();
    }

    private static Coverage coverage(RuleContext context) {
        return context.memo(COVERAGE, key -> new Coverage(Plans.documents(context)));
    }
}
