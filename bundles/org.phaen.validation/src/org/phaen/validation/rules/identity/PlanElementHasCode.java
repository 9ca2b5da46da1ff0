/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.identity;

import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.PlanElement;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-IDN-003: issues, goals, strategies, indicators and projects have a code, by which plans, forms and reports cite them. */
public final class PlanElementHasCode extends AbstractRule<PlanElement> {

    public PlanElementHasCode() {
        super("PH-IDN-003", Severity.WARNING, PlanElement.class);
    }

    @Override
    protected void verify(PlanElement element, RuleContext context, Findings findings) {
        int kind = element instanceof StrategicIssue
                ? 0
                : element instanceof Goal
                        ? 1
                        : element instanceof Strategy
                                ? 2
                                : element instanceof Indicator ? 3 : element instanceof Project ? 4 : -1;
        if (kind >= 0 && CodeScopes.codeOf(element) == null) {
            findings.report(element, "", "", "", kind); // text {1}-{3}, the kind {4}
        }
    }
}
