/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import org.phaen.model.Goal;
import org.phaen.model.Strategy;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-ALN-002: a strategy serves at least one goal, and only goals of its own strategic issue, or the
 * issue's goals, strategies and indicators no longer read as one chain.
 */
public final class StrategyServesOwnIssueGoals extends AbstractRule<Strategy> {

    public StrategyServesOwnIssueGoals() {
        super("PH-ALN-002", Severity.ERROR, Strategy.class);
    }

    @Override
    protected void verify(Strategy strategy, RuleContext context, Findings findings) {
        if (strategy.getServesGoals().isEmpty()) {
            findings.report(strategy);
            return;
        }
        for (Goal goal : strategy.getServesGoals()) {
            if (!goal.eIsProxy() && goal.eContainer() != strategy.eContainer()) {
                findings.reportVariant(
                        strategy,
                        "foreignGoal",
                        Findings.labelOf(goal),
                        goal.eContainer() == null ? "-" : Findings.labelOf(goal.eContainer()),
                        strategy.eContainer() == null ? "-" : Findings.labelOf(strategy.eContainer()));
            }
        }
    }
}
