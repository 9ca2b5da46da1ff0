/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import java.util.Arrays;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Strategy;

/** What the Plan Navigator shows: projects, folders and plan files of the workspace, and in each file its {@link PlanStructure}. */
final class NavigatorContent implements ITreeContentProvider {

    private final NavigatorModels models;
    private final PlanStructure structure;

    NavigatorContent(NavigatorModels models) {
        this.models = models;
        this.structure = new PlanStructure(models::resourceSet);
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case IWorkspaceRoot root ->
                Arrays.stream(root.getProjects()).filter(IProject::isOpen).toArray();
            case IContainer container -> members(container);
            case IFile file -> {
                PlanModel model = models.model(file);
                yield model == null ? new Object[0] : structure.children(model);
            }
            default -> structure.children(parent);
        };
    }

    private static Object[] members(IContainer container) {
        try {
            return Arrays.stream(container.members())
                    .filter(r -> r.getType() == IResource.FOLDER && !r.getName().startsWith(".")
                            || r instanceof IFile f && "phaen".equals(f.getFileExtension()))
                    .toArray();
        } catch (CoreException e) {
            ILog.of(NavigatorContent.class).log(e.getStatus()); // a folder that vanished or cannot be read shows empty
            return new Object[0];
        }
    }

    @Override
    /** The parent as the tree shows it, so a selection made elsewhere can be revealed: a plan's is its file. */
    public Object getParent(Object element) {
        return switch (element) {
            case IResource resource -> resource.getParent();
            case PlanDocument plan -> models.fileOf(plan.eResource());
            case MonitoringPlan plan -> models.fileOf(plan.eResource());
            case Strategy strategy ->
                strategy.getServesGoals().isEmpty()
                        ? strategy.eContainer()
                        : strategy.getServesGoals().get(0);
            case org.eclipse.emf.ecore.EObject object -> object.eContainer();
            default -> null;
        };
    }

    /**
     * A plan file is shown expandable without reading it: asking whether it has children would load every plan of an
     * expanded folder on the UI thread (at start, the Plans project; when a plan opens, the file linked for it, loaded
     * a second time beside the editor's copy). The plan is read when the file is expanded.
     */
    @Override
    public boolean hasChildren(Object element) {
        return element instanceof IFile || !(element instanceof Project) && getChildren(element).length > 0;
    }
}
