/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenPackage.Literals;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.ChangedElements;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-MON-005: every action plan is covered by a monitoring plan of its own fiscal year, which says how it is followed. */
public final class ActionPlanMonitored extends AbstractRule<ActionPlan> {

    public ActionPlanMonitored() {
        super("PH-MON-005", Severity.WARNING, ActionPlan.class);
    }

    @Override
    protected void verify(ActionPlan plan, RuleContext context, Findings findings) {
        List<MonitoringPlan> monitoring =
                MonitoringIndexes.monitoringPlans(context).getOrDefault(plan, List.of());
        if (monitoring.stream().anyMatch(m -> m.getFiscalYear() == plan.getFiscalYear())) {
            return;
        }
        if (monitoring.isEmpty()) {
            findings.report(plan, String.valueOf(plan.getFiscalYear()));
        } else {
            MonitoringPlan other = monitoring.get(0);
            findings.reportVariant(
                    plan,
                    "otherYear",
                    String.valueOf(plan.getFiscalYear()),
                    Findings.labelOf(other),
                    String.valueOf(other.getFiscalYear()));
        }
    }

    /** A monitoring plan's year or list of action plans changes the finding on those action plans. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        if (!(change.getNotifier() instanceof MonitoringPlan
                || change.getFeature() == Literals.PLAN_MODEL__MONITORING_PLANS)) {
            return List.of();
        }
        Set<EObject> plans = new LinkedHashSet<>();
        ChangedElements.eachInvolved(change, element -> {
            if (element instanceof MonitoringPlan monitoring) {
                plans.addAll(monitoring.getActionPlans());
            }
        });
        return plans;
    }
}
