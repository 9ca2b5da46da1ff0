/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingSchedule;

/**
 * Links the reports follow across plan files: a provincial action plan is monitored by its own office's
 * monitoring plan and by the region's, which live in other files of the same resource set.
 */
public final class PlanLinks {

    private PlanLinks() {}

    /** Every plan model loaded with this element (the element's own one when it is not in a resource set). */
    public static List<PlanModel> models(EObject element) {
        List<PlanModel> models = new ArrayList<>();
        Resource own = element.eResource();
        List<Resource> resources = own == null || own.getResourceSet() == null
                ? (own == null ? List.of() : List.of(own))
                : own.getResourceSet().getResources();
        for (Resource r : resources) {
            r.getContents().stream()
                    .filter(PlanModel.class::isInstance)
                    .map(PlanModel.class::cast)
                    .forEach(models::add);
        }
        if (models.isEmpty() && EcoreUtil.getRootContainer(element) instanceof PlanModel root) {
            models.add(root);
        }
        return models;
    }

    /** The monitoring plans that cover the action plan (list it, or schedule reports on it). */
    public static List<MonitoringPlan> monitoringPlans(ActionPlan plan) {
        List<MonitoringPlan> plans = new ArrayList<>();
        for (PlanModel model : models(plan)) {
            for (MonitoringPlan m : model.getMonitoringPlans()) {
                if (m.getActionPlans().contains(plan)
                        || m.getReportingSchedules().stream().anyMatch(s -> s.getActionPlan() == plan)) {
                    plans.add(m);
                }
            }
        }
        return plans;
    }

    /** The schedules of reports on this action plan. */
    public static List<ReportingSchedule> schedules(ActionPlan plan) {
        return monitoringPlans(plan).stream()
                .flatMap(m -> m.getReportingSchedules().stream())
                .filter(s -> s.getActionPlan() == plan)
                .toList();
    }

    /** The element with this uuid in any loaded plan file, if it is of the given type. */
    public static <T> T find(EObject context, String uuid, Class<T> type) {
        for (PlanModel model : models(context)) {
            EObject found = model.eResource() == null ? null : model.eResource().getEObject(uuid);
            if (type.isInstance(found)) {
                return type.cast(found);
            }
        }
        return null;
    }

    /** The indicators of a plan part (an issue, a strategic plan) with a numeric target in the fiscal year, in document order. */
    public static List<Indicator> indicatorsWithTarget(EObject part, int fiscalYear) {
        Set<Indicator> found = new LinkedHashSet<>();
        part.eAllContents().forEachRemaining(o -> {
            if (o instanceof Indicator i && IndicatorAssessment.target(i, fiscalYear) != null) {
                found.add(i);
            }
        });
        return List.copyOf(found);
    }
}
