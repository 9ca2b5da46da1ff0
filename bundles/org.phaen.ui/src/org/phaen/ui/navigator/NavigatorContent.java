package org.phaen.ui.navigator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.phaen.model.ActionPlan;
import org.phaen.model.Goal;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;

/**
 * What the Plan Navigator shows: projects, folders and plan files of the workspace, and in each plan file its
 * plans, then issues, their goals, the strategies serving each goal and the projects carrying out each strategy.
 */
final class NavigatorContent implements ITreeContentProvider {

    private final NavigatorModels models;

    NavigatorContent(NavigatorModels models) {
        this.models = models;
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case IWorkspaceRoot root -> Arrays.stream(root.getProjects()).filter(IProject::isOpen).toArray();
            case IContainer container -> members(container);
            case IFile file -> {
                PlanModel model = models.model(file);
                yield model == null ? new Object[0] : model.getPlans().toArray();
            }
            case StrategicPlan plan -> plan.getStrategicIssues().toArray();
            case StrategicIssue issue -> goalsAndLooseStrategies(issue);
            case Goal goal -> ((StrategicIssue) goal.eContainer()).getStrategies().stream().filter(s -> s.getServesGoals().contains(goal)).toArray();
            case Strategy strategy -> projectsOf(strategy);
            case ActionPlan plan -> plan.getProjects().toArray();
            default -> new Object[0];
        };
    }

    private static Object[] members(IContainer container) {
        try {
            return Arrays.stream(container.members()).filter(r -> r.getType() == IResource.FOLDER && !r.getName().startsWith(".")
                || r instanceof IFile f && "phaen".equals(f.getFileExtension())).toArray();
        } catch (CoreException e) {
            return new Object[0];
        }
    }

    private static Object[] goalsAndLooseStrategies(StrategicIssue issue) {
        List<Object> children = new ArrayList<>(issue.getGoals());
        issue.getStrategies().stream().filter(s -> s.getServesGoals().isEmpty()).forEach(children::add);
        return children.toArray();
    }

    /** Projects of every plan the navigator has read that carry out the strategy. */
    private Object[] projectsOf(Strategy strategy) {
        List<Project> projects = new ArrayList<>();
        // A copy: resolving a project's strategies can load another plan file into the set meanwhile.
        List.copyOf(models.resourceSet().getResources()).forEach(r -> r.getAllContents().forEachRemaining(o -> {
            if (o instanceof Project p && p.getImplementsStrategies().contains(strategy)) {
                projects.add(p);
            }
        }));
        return projects.toArray();
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof IResource resource) {
            return resource.getParent();
        }
        return element instanceof org.eclipse.emf.ecore.EObject o ? o.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return !(element instanceof Project) && getChildren(element).length > 0;
    }
}
