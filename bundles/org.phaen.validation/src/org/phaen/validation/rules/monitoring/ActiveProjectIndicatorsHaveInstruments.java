/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenPackage.Literals;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.ChangedElements;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-MON-001: an indicator of an active project has an item in an instrument of the project's monitoring plan of its
 * year, to collect it. Reported on the indicator (the element to mend), once for each active project it leaves unmeasured.
 */
public final class ActiveProjectIndicatorsHaveInstruments extends AbstractRule<Indicator> {

    public ActiveProjectIndicatorsHaveInstruments() {
        super("PH-MON-001", Severity.WARNING, Indicator.class);
    }

    @Override
    protected void verify(Indicator indicator, RuleContext context, Findings findings) {
        for (Project project : MonitoringIndexes.projectsMeasuredBy(indicator, context)) {
            if (active(project) && project.eContainer() instanceof ActionPlan plan && plan.getFiscalYear() != 0) {
                Set<Indicator> covered =
                        MonitoringIndexes.coveredIndicators(context).get(plan);
                // No monitoring plan of the year covers the action plan: PH-MON-005 says so, once, on the action plan.
                if (covered != null && !covered.contains(indicator)) {
                    findings.report(indicator, Findings.labelOf(project), String.valueOf(plan.getFiscalYear()));
                }
            }
        }
    }

    /**
     * Projects, items, instruments and monitoring plans change whether an indicator is collected, though the indicator
     * is not what was edited: the indicators of the projects whose coverage such a change can alter.
     */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        Object notifier = change.getNotifier();
        Object feature = change.getFeature();
        if (!(notifier instanceof Project
                || notifier instanceof InstrumentItem
                || notifier instanceof EvaluationInstrument
                || notifier instanceof MonitoringPlan
                || feature == Literals.PLAN_MODEL__MONITORING_PLANS
                || feature == Literals.ACTION_PLAN__FISCAL_YEAR
                || feature == Literals.ACTION_PLAN__PROJECTS)) {
            return Set.of();
        }
        Set<Indicator> indicators = new LinkedHashSet<>();
        ChangedElements.eachInvolved(change, element -> {
            if (element instanceof Indicator indicator) {
                indicators.add(indicator);
            } else if (element instanceof Project project) {
                indicators.addAll(indicatorsOf(project));
            } else if (element instanceof InstrumentItem item && item.getIndicator() != null) {
                indicators.add(item.getIndicator());
            } else if (element instanceof EvaluationInstrument instrument && element != notifier) {
                instrument.getItems().stream()
                        .filter(i -> i.getIndicator() != null)
                        .forEach(i -> indicators.add(i.getIndicator()));
            } else if (element instanceof ActionPlan plan) {
                plan.getProjects().forEach(p -> indicators.addAll(indicatorsOf(p)));
            } else if (element instanceof MonitoringPlan monitoring
                    && (element != notifier
                            || feature == Literals.MONITORING_PLAN__FISCAL_YEAR
                            || feature == Literals.MONITORING_PLAN__ACTION_PLANS)) {
                monitoring
                        .getActionPlans()
                        .forEach(plan -> plan.getProjects().forEach(p -> indicators.addAll(indicatorsOf(p))));
            }
        });
        return indicators;
    }

    /** A project's own indicators and the plan indicators it is measured by. */
    private static Set<Indicator> indicatorsOf(Project project) {
        Set<Indicator> indicators = new LinkedHashSet<>(project.getIndicators());
        indicators.addAll(project.getMeasuredBy());
        return indicators;
    }

    /** A project still under way: approved, in progress, or without a status yet. */
    private static boolean active(Project project) {
        return !project.isSetStatus()
                || project.getStatus() == ProjectStatus.APPROVED
                || project.getStatus() == ProjectStatus.IN_PROGRESS;
    }
}
