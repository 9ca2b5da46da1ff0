/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import org.phaen.model.Alignment;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.trace.Traceability;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-ALN-007: an alignment points up to a plan of a higher level (another document, a higher tier) and
 * says what kind of link it is; a sideways or downward alignment usually means a wrong target.
 */
public final class AlignmentPointsToHigherPlan extends AbstractRule<PlanElement> {

    public AlignmentPointsToHigherPlan() {
        super("PH-ALN-007", Severity.WARNING, PlanElement.class);
    }

    @Override
    protected void verify(PlanElement element, RuleContext context, Findings findings) {
        for (Alignment alignment : element.getAlignments()) {
            PlanElement target = alignment.getTarget();
            if (target == null || target.eIsProxy()) {
                continue; // PH-ALN-005
            }
            Object[] args = {
                Findings.labelOf(target),
                Plans.TEXT,
                Plans.TEXT,
                Plans.kindCode(element),
                Plans.kindCode(target),
                Plans.levelCode(element),
                Plans.levelCode(target)
            };
            PlanDocument own = Traceability.documentOf(element);
            PlanLevel from = Plans.levelOf(element);
            PlanLevel to = Plans.levelOf(target);
            if (own != null && own == Traceability.documentOf(target)) {
                findings.reportVariant(element, "sameDocument", args);
            } else if (from != null && to != null && Plans.tier(to) >= Plans.tier(from)) {
                findings.report(element, args);
            }
            if (!alignment.isSetKind()) {
                findings.reportVariant(element, "noKind", args);
            }
        }
    }
}
