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
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-ALN-004: issues and strategies of a regional strategic plan trace up to a national-level plan,
 * ministry policy or ministry plan. A strategy may rely on its strategic issue's alignment, as Thai
 * plans state their consistency with higher plans per strategic issue (ประเด็นยุทธศาสตร์).
 */
public final class RegionalPlanTracesToHigherPlan extends AbstractRule<PlanElement> {

    private static final Object TRACE = new Object();

    public RegionalPlanTracesToHigherPlan() {
        super("PH-ALN-004", Severity.ERROR, PlanElement.class);
    }

    @Override
    protected void verify(PlanElement element, RuleContext context, Findings findings) {
        if (!(element instanceof StrategicIssue || element instanceof Strategy)
                || Plans.levelOf(element) != PlanLevel.REGIONAL_STRATEGIC_PLAN) {
            return;
        }
        UpwardTrace trace = trace(context);
        if (!trace.reaches(element)) {
            trace.report(element, findings);
        }
    }

    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        return UpwardTrace.changesLinks(change) ? trace(context).affectedBy(change, context) : Set.of();
    }

    private static UpwardTrace trace(RuleContext context) {
        return context.memo(
                TRACE,
                UpwardTrace::changesLinks,
                key -> new UpwardTrace(Plans.cascade(context), Plans::isAboveRegional, level -> false, true));
    }
}
