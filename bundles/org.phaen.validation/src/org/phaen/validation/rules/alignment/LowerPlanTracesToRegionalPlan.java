/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-ALN-003: issues, strategies and projects of provincial, agency and annual action plans trace up to
 * the regional strategic plan (through alignments and implemented strategies), or the cascade is broken.
 */
public final class LowerPlanTracesToRegionalPlan extends AbstractRule<PlanElement> {

    private static final Object TRACE = new Object();
    private static final Set<PlanLevel> CHECKED =
            EnumSet.of(PlanLevel.PROVINCIAL_EDUCATION_PLAN, PlanLevel.AGENCY_PLAN, PlanLevel.ANNUAL_ACTION_PLAN);

    public LowerPlanTracesToRegionalPlan() {
        super("PH-ALN-003", Severity.ERROR, PlanElement.class);
    }

    @Override
    protected void verify(PlanElement element, RuleContext context, Findings findings) {
        if (!(element instanceof StrategicIssue || element instanceof Strategy || element instanceof Project)
                || !CHECKED.contains(Plans.levelOf(element))) {
            return;
        }
        if (element instanceof Project project
                && project.getImplementsStrategies().isEmpty()
                && project.getAlignments().isEmpty()) {
            return; // a project linked to nothing is PH-ALN-001's finding
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
                key -> new UpwardTrace(
                        Plans.cascade(context),
                        level -> level == PlanLevel.REGIONAL_STRATEGIC_PLAN,
                        Plans::isAboveRegional,
                        false));
    }
}
