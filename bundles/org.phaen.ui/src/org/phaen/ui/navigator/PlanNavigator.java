/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.phaen.model.Identified;
import org.phaen.model.provider.PhaenItemProviderAdapterFactory;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.problems.PlanWorkspace;

/** The Plan Navigator: plan files in the workspace and each plan's structure; double-click opens the element in the editor. */
public final class PlanNavigator extends ViewPart {

    public static final String ID = "org.phaen.ui.planNavigator";

    private final NavigatorModels models = new NavigatorModels();
    private final ComposedAdapterFactory adapterFactory =
            new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
    private TreeViewer viewer;
    private final Set<String> expandedOnce = new HashSet<>();
    /** The diagram editor's id (org.phaen.diagram.ui builds on this bundle, so it is named, not referenced). */
    private static final String DIAGRAM_EDITOR = "org.phaen.diagram.ui.diagramEditor";

    private final ISelectionListener follower = this::followDiagram;
    private final IResourceChangeListener refresher = event -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh();
                    expandNewProjects();
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        adapterFactory.addAdapterFactory(new PhaenItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new NavigatorContent(models));
        viewer.setLabelProvider(new NavigatorLabels(adapterFactory));
        viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
        viewer.addDoubleClickListener(
                event -> open(viewer.getStructuredSelection().getFirstElement()));
        getSite().setSelectionProvider(viewer);
        // A context menu others contribute to (popup:org.phaen.ui.planNavigator), as Compare With does.
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
        NavigatorDragAndDrop.install(viewer, getSite());
        getSite().getPage().addPostSelectionListener(follower);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(refresher, IResourceChangeEvent.POST_CHANGE);
        expandNewProjects();
    }

    /**
     * A project appearing (the Plans project made on first start) is shown open on its plan files, once: the user
     * sees the samples, not a collapsed "Plans"; a project the user collapsed stays collapsed. Files are not
     * expanded, so no plan is loaded for it.
     */
    private void expandNewProjects() {
        for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            if (project.isOpen() && expandedOnce.add(project.getName())) {
                viewer.setExpandedState(project, true);
            }
        }
    }

    /** A plan file opens in the plan editor; an element opens its file and is selected there. */
    void open(Object element) {
        try {
            IFile file = element instanceof IFile f
                    ? f
                    : element instanceof EObject o && o.eResource() != null
                            ? PlanWorkspace.fileFor(
                                    Path.of(o.eResource().getURI().toFileString()))
                            : null;
            if (file == null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
                return;
            }
            IEditorPart editor = IDE.openEditor(getSite().getPage(), file);
            if (editor instanceof PlanEditor plan && element instanceof Identified identified) {
                plan.select(identified.getUuid());
            }
        } catch (CoreException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
        }
    }

    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    /** The diagram editors' selections are revealed here (the tree and the form are already beside the plan). */
    private void followDiagram(IWorkbenchPart part, ISelection selection) {
        if (part == this
                || !DIAGRAM_EDITOR.equals(part.getSite().getId())
                || !(selection instanceof IStructuredSelection chosen)
                || viewer == null
                || viewer.getControl().isDisposed()) {
            return;
        }
        List<Object> shown = new ArrayList<>();
        for (Object element : chosen.toList()) {
            if (element instanceof Identified identified
                    && identified.eResource() != null
                    && identified.eResource().getURI().isFile()) {
                try {
                    // The navigator's own copy of the element, from the same file.
                    var model = models.model(PlanWorkspace.fileFor(
                            Path.of(identified.eResource().getURI().toFileString())));
                    EObject mine = model == null ? null : model.eResource().getEObject(identified.getUuid());
                    if (mine != null) {
                        shown.add(mine);
                    }
                } catch (CoreException e) {
                    // not a workspace plan: nothing to reveal
                }
            }
        }
        if (!shown.isEmpty()) {
            viewer.setSelection(new StructuredSelection(shown), true);
        }
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(follower);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(refresher);
        adapterFactory.dispose();
        super.dispose();
    }
}
