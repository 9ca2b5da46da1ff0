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
import org.phaen.model.ReportingSchedule;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.ChangedElements;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-MON-002: every action plan has a reporting schedule with at least one report, so results reach the agencies on time. */
public final class ActionPlanHasReportingSchedule extends AbstractRule<ActionPlan> {

    public ActionPlanHasReportingSchedule() {
        super("PH-MON-002", Severity.ERROR, ActionPlan.class);
    }

    @Override
    protected void verify(ActionPlan plan, RuleContext context, Findings findings) {
        List<ReportingSchedule> schedules = MonitoringIndexes.schedules(context).getOrDefault(plan, List.of());
        if (schedules.isEmpty()) {
            findings.report(plan);
        } else if (schedules.stream().allMatch(schedule -> schedule.getReports().isEmpty())) {
            findings.reportVariant(plan, "noReports", MonitoringArgs.list(schedules));
        }
    }

    /** Adding or removing reports of a schedule changes the finding on its action plan. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        if (!(change.getNotifier() instanceof ReportingSchedule
                || change.getNotifier() instanceof MonitoringPlan
                || change.getFeature() == Literals.PLAN_MODEL__MONITORING_PLANS)) {
            return List.of();
        }
        Set<EObject> plans = new LinkedHashSet<>();
        ChangedElements.eachInvolved(change, element -> {
            if (element instanceof ReportingSchedule schedule && schedule.getActionPlan() != null) {
                plans.add(schedule.getActionPlan());
            } else if (element instanceof MonitoringPlan monitoring && element != change.getNotifier()) {
                monitoring.getReportingSchedules().stream()
                        .filter(s -> s.getActionPlan() != null)
                        .forEach(s -> plans.add(s.getActionPlan()));
            }
        });
        return plans;
    }
}
