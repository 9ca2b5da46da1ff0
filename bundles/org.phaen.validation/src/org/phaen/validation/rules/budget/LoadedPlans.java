package org.phaen.validation.rules.budget;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.validation.RuleContext;

/** The plan models loaded and their projects, reached from the files' roots: far cheaper than a walk of every element. */
final class LoadedPlans {

    private LoadedPlans() {
    }

    /** The plan models (file roots) loaded. */
    static List<PlanModel> models(RuleContext context) {
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

    /** Every loaded project (projects live in action plans, which live in plan models). */
    static List<Project> projects(RuleContext context) {
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
