package org.phaen.validation.rules.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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

/** PH-MON-001: each indicator of an active project has an item in an instrument of its year's monitoring plan, to collect it. */
public final class ActiveProjectIndicatorsHaveInstruments extends AbstractRule<Project> {

    public ActiveProjectIndicatorsHaveInstruments() {
        super("PH-MON-001", Severity.WARNING, Project.class);
    }

    @Override
    protected void verify(Project project, RuleContext context, Findings findings) {
        if (!active(project) || !(project.eContainer() instanceof ActionPlan plan) || plan.getFiscalYear() == 0) {
            return;
        }
        Set<Indicator> indicators = new LinkedHashSet<>(project.getIndicators());
        indicators.addAll(project.getMeasuredBy());
        if (indicators.isEmpty()) {
            return;
        }
        Set<Indicator> covered = MonitoringIndexes.coveredIndicators(context).get(plan);
        if (covered == null) {
            return; // no monitoring plan of the year covers the action plan: PH-MON-005 says so, once
        }
        List<Indicator> uncovered = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (!covered.contains(indicator)) {
                uncovered.add(indicator);
            }
        }
        if (!uncovered.isEmpty()) {
            findings.report(project, MonitoringArgs.list(uncovered), String.valueOf(plan.getFiscalYear()));
        }
    }

    /**
     * Items, instruments and monitoring plans change the coverage of projects, which are not the edited elements: the
     * projects whose coverage a change of items, instruments, monitoring plans or years can alter.
     */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        Object notifier = change.getNotifier();
        Object feature = change.getFeature();
        if (!(notifier instanceof InstrumentItem || notifier instanceof EvaluationInstrument || notifier instanceof MonitoringPlan
                || feature == Literals.PLAN_MODEL__MONITORING_PLANS || feature == Literals.ACTION_PLAN__FISCAL_YEAR)) {
            return Set.of();
        }
        Set<EObject> projects = new LinkedHashSet<>();
        ChangedElements.eachInvolved(change, element -> {
            if (element instanceof Indicator indicator) {
                projects.addAll(MonitoringIndexes.projectsMeasuredBy(indicator, context));
            } else if (element instanceof InstrumentItem item && item.getIndicator() != null) {
                projects.addAll(MonitoringIndexes.projectsMeasuredBy(item.getIndicator(), context));
            } else if (element instanceof EvaluationInstrument instrument && element != notifier) {
                instrument.getItems().stream().filter(i -> i.getIndicator() != null)
                        .forEach(i -> projects.addAll(MonitoringIndexes.projectsMeasuredBy(i.getIndicator(), context)));
            } else if (element instanceof ActionPlan plan) {
                projects.addAll(plan.getProjects());
            } else if (element instanceof MonitoringPlan monitoring && (element != notifier
                    || feature == Literals.MONITORING_PLAN__FISCAL_YEAR || feature == Literals.MONITORING_PLAN__ACTION_PLANS)) {
                monitoring.getActionPlans().forEach(plan -> projects.addAll(plan.getProjects()));
            }
        });
        return projects;
    }

    /** A project still under way: approved, in progress, or without a status yet. */
    private static boolean active(Project project) {
        return !project.isSetStatus() || project.getStatus() == ProjectStatus.APPROVED
                || project.getStatus() == ProjectStatus.IN_PROGRESS;
    }
}
