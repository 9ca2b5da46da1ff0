package org.phaen.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.phaen.ui.Messages;
import org.phaen.ui.edit.ItemContentProvider;
import org.phaen.ui.edit.ItemLabelProvider;
import org.phaen.ui.properties.ItemPropertySourceProvider;

/**
 * The plan editor: the plan's structure as the item providers describe it, in Thai, with renaming in place (F2),
 * the Properties view for every attribute, and every change through the command stack (undo, redo, dirty, save).
 */
public final class PlanEditor extends EditorPart implements IEditingDomainProvider {

    public static final String ID = "org.phaen.ui.planEditor";

    private OpenPlan plan;
    private TreeViewer viewer;
    private UndoRedoActions undoRedo;
    private PropertySheetPage propertySheet;
    private final CommandStackListener stackListener = event -> getSite().getShell().getDisplay().asyncExec(this::stackChanged);
    private final INotifyChangedListener modelListener = this::modelChanged;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IURIEditorInput uriInput) || !"file".equals(uriInput.getURI().getScheme())) {
            throw new PartInitException("the plan editor opens plan files on disk, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        plan = PlanOpening.open(Path.of(uriInput.getURI()), site.getShell());
        plan.domain().getCommandStack().addCommandStackListener(stackListener);
        plan.adapterFactory().addListener(modelListener);
        undoRedo = new UndoRedoActions(plan.domain().getCommandStack());
        undoRedo.install(site.getActionBars());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(100));
        column.setLabelProvider(new ItemLabelProvider(plan.adapterFactory()));
        column.setEditingSupport(new NameEditing(viewer, viewer.getTree(), plan.domain()));
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.DEFAULT);
        viewer.getTree().addKeyListener(new KeyAdapter() {
            @Override
            public void keyReleased(KeyEvent e) {
                if (e.keyCode == SWT.F2 && viewer.getStructuredSelection().size() == 1) {
                    viewer.editElement(viewer.getStructuredSelection().getFirstElement(), 0);
                }
            }
        });
        viewer.setContentProvider(new ItemContentProvider(plan.adapterFactory()));
        viewer.setInput(plan.model().eResource());
        viewer.expandToLevel(3);
        getSite().setSelectionProvider(viewer);
    }

    private void modelChanged(Notification notification) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh(); // labels and children both follow the model
                }
            });
        }
    }

    private void stackChanged() {
        firePropertyChange(PROP_DIRTY);
        undoRedo.update();
        Command last = plan.domain().getCommandStack().getMostRecentCommand();
        Collection<?> affected = last == null ? null : last.getAffectedObjects();
        if (viewer != null && affected != null && !affected.isEmpty()) {
            viewer.setSelection(new StructuredSelection(affected.toArray()), true);
        }
        if (propertySheet != null && !propertySheet.getControl().isDisposed()) {
            propertySheet.refresh();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            plan.save();
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), getPartName(), Messages.bind(Messages.Editor_saveFailed, plan.file(), e.getMessage()));
        }
        firePropertyChange(PROP_DIRTY);
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
        viewer.getControl().setFocus();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return plan.domain();
    }

    public OpenPlan openPlan() {
        return plan;
    }

    public TreeViewer viewer() {
        return viewer;
    }

    public IStructuredSelection selection() {
        return viewer.getStructuredSelection();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            propertySheet = new PropertySheetPage();
            propertySheet.setPropertySourceProvider(new ItemPropertySourceProvider(plan.adapterFactory()));
            return adapter.cast(propertySheet);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (plan != null) {
            plan.domain().getCommandStack().removeCommandStackListener(stackListener);
            plan.adapterFactory().removeListener(modelListener);
            plan.dispose();
        }
        super.dispose();
    }
}
