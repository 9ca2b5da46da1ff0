/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.phaen.ui.Messages;
import org.phaen.ui.internal.form.DetailsPane;
import org.phaen.ui.problems.PlanWorkspace;
import org.phaen.ui.problems.ProblemMarkers;

/**
 * The plan editor: the plan's structure as the item providers describe it, in Thai, with renaming in place (F2),
 * the Properties view for every attribute, and every change through the command stack (undo, redo, dirty, save).
 */
public final class PlanEditor extends EditorPart
        implements IEditingDomainProvider, IGotoMarker, ITabbedPropertySheetPageContributor {

    public static final String ID = "org.phaen.ui.planEditor";

    private OpenPlan plan;
    private TreeViewer viewer;
    private UndoRedoActions undoRedo;
    private TabbedPropertySheetPage propertySheet;
    private EditorValidation validation;
    private DetailsPane details;
    private PlanOutline outline;
    private boolean refreshPending;
    private boolean declined;
    private final CommandStackListener stackListener =
            event -> getSite().getShell().getDisplay().asyncExec(this::stackChanged);
    private final INotifyChangedListener modelListener = this::modelChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IURIEditorInput uriInput)
                || !"file".equals(uriInput.getURI().getScheme())) {
            throw new PartInitException("the plan editor opens plan files on disk, not " + input.getName());
        }
        setSite(site);
        Path path = Path.of(uriInput.getURI());
        // A comparison holding the file saves and lets go of it first, so what loads is what it saved (null: declined).
        CompletableFuture<OpenPlan> loading =
                HeldPlanFiles.release(site.getPage(), path, site.getShell()) ? PlanOpening.start(path) : null;
        IFile file;
        try {
            file = input instanceof IFileEditorInput fileInput ? fileInput.getFile() : PlanWorkspace.fileFor(path);
        } catch (CoreException e) {
            if (loading != null) {
                loading.thenAccept(OpenPlan::dispose);
            }
            throw new PartInitException(e.getStatus());
        }
        // A workspace file as input: the Problems view and the navigator then find this editor for its markers.
        setInput(new FileEditorInput(file));
        setPartName(input.getName());
        if (loading == null) {
            declined = true; // the file stays in the comparison holding it: this editor closes as soon as it is up
            return;
        }
        plan = PlanOpening.finish(loading, path, site.getShell());
        validation = new EditorValidation(plan, file, site.getShell().getDisplay());
        plan.domain().getCommandStack().addCommandStackListener(stackListener);
        plan.adapterFactory().addListener(modelListener);
        undoRedo = new UndoRedoActions(plan.domain().getCommandStack());
        undoRedo.install(site.getActionBars());
    }

    @Override
    public void createPartControl(Composite parent) {
        if (declined) {
            new Composite(parent, SWT.NONE);
            parent.getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
            return;
        }
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        viewer = PlanTree.create(sash, plan);
        details = new DetailsPane(sash, plan);
        sash.setWeights(45, 55); // weights, not pixels: the split follows the window
        viewer.addSelectionChangedListener(
                e -> details.show(viewer.getStructuredSelection().getFirstElement()));
        getSite().setSelectionProvider(viewer);
        // The form is never empty beside the tree on opening: the file's first plan is selected and shown in it.
        plan.model().getPlans().stream()
                .findFirst()
                .ifPresent(first -> viewer.setSelection(new StructuredSelection(first), true));
        // Validated once the editor is made (posted behind it), not on one of two cores while the tree is built.
        sash.getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed()) {
                validation.start();
            }
        });
    }

    /** One refresh for a burst of changes: a command that generates instruments sends thousands of notifications. */
    private void modelChanged(Notification notification) {
        if (viewer != null && !viewer.getControl().isDisposed() && !refreshPending) {
            refreshPending = true;
            viewer.getControl().getDisplay().asyncExec(() -> {
                refreshPending = false;
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh(); // labels and children both follow the model
                    details.refresh();
                    if (outline != null) {
                        outline.refresh();
                    }
                }
            });
        }
    }

    private void stackChanged() {
        firePropertyChange(PROP_DIRTY);
        validation.afterEdit();
        undoRedo.update();
        Command last = plan.domain().getCommandStack().getMostRecentCommand();
        Collection<?> affected = last == null ? null : last.getAffectedObjects();
        // The tree follows edits to what they touched, except the form's: the form keeps its element in view.
        if (viewer != null && !details.ran(last) && affected != null && !affected.isEmpty()) {
            viewer.setSelection(new StructuredSelection(affected.toArray()), true);
        }
        if (propertySheet != null
                && propertySheet.getControl() != null
                && !propertySheet.getControl().isDisposed()) {
            propertySheet.refresh();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            plan.save();
            validation.afterSave();
        } catch (IOException e) {
            MessageDialog.openError(
                    getSite().getShell(),
                    getPartName(),
                    Messages.bind(Messages.Editor_saveFailed, plan.file(), e.getMessage()));
        }
        firePropertyChange(PROP_DIRTY);
    }

    /** Double-click in the Problems view: the element the finding is about, selected in the tree. */
    @Override
    public void gotoMarker(IMarker marker) {
        select(marker.getAttribute(ProblemMarkers.ELEMENT, ""));
    }

    /** Selects and reveals the element with this uuid (from the navigator, the Problems view). */
    public void select(String uuid) {
        Object element = plan.model().eResource().getEObject(uuid);
        if (element != null && viewer != null) {
            viewer.setSelection(new StructuredSelection(element), true);
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered: plans are saved in place, safely");
    }

    @Override
    public boolean isDirty() {
        return plan != null && plan.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        if (viewer != null) {
            viewer.getControl().setFocus();
        }
    }

    /** The tabbed Properties view's tabs for plan elements are contributed under the editor's id (plugin.xml). */
    @Override
    public String getContributorId() {
        return ID;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return plan == null ? null : plan.domain();
    }

    public OpenPlan openPlan() {
        return plan;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public DetailsPane details() {
        return details;
    }

    public IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (plan == null) {
            return super.getAdapter(adapter); // declined: no plan, no outline or properties
        }
        if (adapter == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new PlanOutline(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class) {
            propertySheet = new TabbedPropertySheetPage(this);
            return adapter.cast(propertySheet);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (validation != null) {
            validation.dispose();
        }
        if (details != null) {
            details.dispose();
        }
        if (plan != null) {
            plan.domain().getCommandStack().removeCommandStackListener(stackListener);
            plan.adapterFactory().removeListener(modelListener);
            plan.dispose();
        }
        super.dispose();
    }
}
