/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.Goal;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Strategy;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.ChangedElements;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-ALN-008: some strategy serves each goal; a goal no strategy serves is a promise with no way to keep it
 * (often left behind when the only strategy serving it was relinked to another goal).
 */
public final class GoalServedByStrategy extends AbstractRule<Goal> {

    private static final Object SERVED = new Object();

    public GoalServedByStrategy() {
        super("PH-ALN-008", Severity.WARNING, Goal.class);
    }

    @Override
    protected void verify(Goal goal, RuleContext context, Findings findings) {
        if (!served(context).contains(goal)) {
            findings.report(goal);
        }
    }

    /** The goals a strategy stops or starts serving are rechecked, though the strategy is what was edited. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        if (change.getFeature() != PhaenPackage.Literals.STRATEGY__SERVES_GOALS) {
            return Set.of();
        }
        Set<Goal> goals = new LinkedHashSet<>();
        ChangedElements.eachInvolved(change, element -> {
            if (element instanceof Goal goal) {
                goals.add(goal);
            }
        });
        return goals;
    }

    /** Every goal some loaded strategy serves, in any file. */
    private static Set<Goal> served(RuleContext context) {
        return context.memo(
                SERVED,
                n -> RuleContext.isStructural(n) || n.getFeature() == PhaenPackage.Literals.STRATEGY__SERVES_GOALS,
                key -> {
                    Set<Goal> goals = new HashSet<>();
                    context.all(Strategy.class).forEach(s -> goals.addAll(s.getServesGoals()));
                    return goals;
                });
    }
}
