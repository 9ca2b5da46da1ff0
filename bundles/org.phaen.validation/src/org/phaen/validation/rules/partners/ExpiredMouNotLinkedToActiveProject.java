/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.ActionPlan;
import org.phaen.model.Mou;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-PAR-003: an MOU ending before an active linked project's fiscal year ends; its cooperation lapses mid-project. */
public final class ExpiredMouNotLinkedToActiveProject extends AbstractRule<Mou> {

    private static final Object MOUS_BY_PROJECT = new Object();

    public ExpiredMouNotLinkedToActiveProject() {
        super("PH-PAR-003", Severity.WARNING, Mou.class);
    }

    @Override
    protected void verify(Mou mou, RuleContext context, Findings findings) {
        LocalDate end = mou.getEndDate();
        if (end == null) {
            return;
        }
        for (Project project : mou.getProjects()) {
            if (!project.eIsProxy()
                    && Partners.active(project)
                    && project.eContainer() instanceof ActionPlan plan
                    && plan.getFiscalYear() >= FiscalYear.MIN_BE_YEAR
                    && plan.getFiscalYear() <= FiscalYear.MAX_BE_YEAR) {
                FiscalYear year = FiscalYear.of(plan.getFiscalYear());
                if (end.isBefore(year.end())) {
                    findings.report(
                            mou,
                            DateArguments.of(
                                    List.of(end, year.end()),
                                    Findings.labelOf(project),
                                    String.valueOf(year.beYear())));
                }
            }
        }
    }

    /** An action plan's fiscal year decides whether the MOUs linked to its projects have expired. */
    @Override
    public Collection<? extends EObject> alsoAffectedBy(Notification change, RuleContext context) {
        if (!(change.getNotifier() instanceof ActionPlan plan)
                || change.getFeature() != PhaenPackage.Literals.ACTION_PLAN__FISCAL_YEAR) {
            return List.of();
        }
        Map<Project, List<Mou>> mous = context.memo(
                MOUS_BY_PROJECT,
                n -> RuleContext.isStructural(n) || n.getFeature() == PhaenPackage.Literals.MOU__PROJECTS,
                key -> {
                    Map<Project, List<Mou>> index = new HashMap<>();
                    for (Resource resource : context.resources()) {
                        for (EObject root : resource.getContents()) {
                            if (root instanceof PlanModel model) {
                                for (Mou mou : model.getMous()) {
                                    mou.getProjects()
                                            .forEach(p -> index.computeIfAbsent(p, k -> new ArrayList<>())
                                                    .add(mou));
                                }
                            }
                        }
                    }
                    return index;
                });
        Set<EObject> affected = new LinkedHashSet<>();
        plan.getProjects().forEach(project -> affected.addAll(mous.getOrDefault(project, List.of())));
        return affected;
    }
}
