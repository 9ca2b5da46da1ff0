/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;

/**
 * The plan models a rule context has loaded, their monitoring plans and projects, reached from the files' roots: far
 * cheaper than {@link RuleContext#all} when a rule needs only these.
 */
public final class LoadedPlans {

    private LoadedPlans() {}

    /** The plan models (file roots) loaded. */
    public static List<PlanModel> models(RuleContext context) {
        List<PlanModel> models = new ArrayList<>();
        for (Resource resource : context.resources()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof PlanModel model) {
                    models.add(model);
                }
            }
        }
        return models;
    }

    /** The monitoring plans of every loaded plan model. */
    public static List<MonitoringPlan> monitoringPlans(RuleContext context) {
        List<MonitoringPlan> plans = new ArrayList<>();
        models(context).forEach(model -> plans.addAll(model.getMonitoringPlans()));
        return plans;
    }

    /** Every loaded project (projects live in action plans, which live in plan models). */
    public static List<Project> projects(RuleContext context) {
        List<Project> projects = new ArrayList<>();
        for (PlanModel model : models(context)) {
            for (PlanDocument document : model.getPlans()) {
                if (document instanceof ActionPlan plan) {
                    projects.addAll(plan.getProjects());
                }
            }
        }
        return projects;
    }
}
