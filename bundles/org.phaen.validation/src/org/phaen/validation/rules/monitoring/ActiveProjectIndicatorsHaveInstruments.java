package org.phaen.validation.rules.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.Project;
import org.phaen.validation.AbstractRule;
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
        if (!Monitoring.active(project) || !(project.eContainer() instanceof ActionPlan plan) || plan.getFiscalYear() == 0) {
            return;
        }
        Set<Indicator> indicators = new LinkedHashSet<>(project.getIndicators());
        indicators.addAll(project.getMeasuredBy());
        if (indicators.isEmpty()) {
            return;
        }
        Set<Indicator> covered = Monitoring.coveredIndicators(context).get(plan);
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
            findings.report(project, Monitoring.list(uncovered), String.valueOf(plan.getFiscalYear()));
        }
    }

    /** Items, instruments and monitoring plans change the coverage of projects, which are not the edited elements. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        return Monitoring.coverageAffectedBy(change, context);
    }
}
