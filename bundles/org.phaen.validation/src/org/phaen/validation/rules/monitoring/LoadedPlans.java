package org.phaen.validation.rules.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;

/** The plan models loaded, their monitoring plans and projects, reached from the files' roots: far cheaper than a walk of every element. */
final class LoadedPlans {

    private LoadedPlans() {
    }

    /** The plan models (file roots) loaded. */
    static List<PlanModel> models(Collection<Resource> resources) {
        List<PlanModel> models = new ArrayList<>();
        for (Resource resource : resources) {
            for (EObject root : resource.getContents()) {
                if (root instanceof PlanModel model) {
                    models.add(model);
                }
            }
        }
        return models;
    }

    static List<MonitoringPlan> monitoringPlans(Collection<Resource> resources) {
        List<MonitoringPlan> plans = new ArrayList<>();
        models(resources).forEach(model -> plans.addAll(model.getMonitoringPlans()));
        return plans;
    }

    /** Every loaded project (projects live in action plans, which live in plan models). */
    static List<Project> projects(Collection<Resource> resources) {
        List<Project> projects = new ArrayList<>();
        for (PlanModel model : models(resources)) {
            for (PlanDocument document : model.getPlans()) {
                if (document instanceof ActionPlan plan) {
                    projects.addAll(plan.getProjects());
                }
            }
        }
        return projects;
    }
}
