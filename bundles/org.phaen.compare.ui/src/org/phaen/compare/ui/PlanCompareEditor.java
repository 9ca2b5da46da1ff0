/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.phaen.compare.DiffText;
import org.phaen.compare.Difference;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.PlanIndex;
import org.phaen.compare.Words;
import org.phaen.compare.edit.CopyDirection;
import org.phaen.model.resource.PlanLoadException;
import org.phaen.ui.editor.PlanFileHolder;
import org.phaen.ui.editor.UndoRedoActions;

/**
 * Two versions of a plan side by side: the old (left) and the new (right) as trees with what differs marked, every
 * difference listed below; the selected one is copied to the other side as one command of the editing domain's stack
 * (Edit > Undo takes it back), and Save writes the files that changed.
 */
public final class PlanCompareEditor extends EditorPart implements IEditingDomainProvider, PlanFileHolder {

    public static final String ID = "org.phaen.compare.ui.compareEditor";

    private ComparedPlans plans;
    private Words words;
    private UndoRedoActions undoRedo;
    private SideTree left, right;
    private DifferenceTable table;
    private Button toRight, toLeft;
    private Label summary;
    private boolean revealing;
    private final CommandStackListener stackListener =
            event -> getSite().getShell().getDisplay().asyncExec(this::stackChanged);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof PlanCompareInput compared)) {
            throw new PartInitException("the plan comparison opens two plan files, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        words = Words.of(Platform.getNL() != null && Platform.getNL().startsWith("th") ? "th" : "en");
        try {
            plans = ComparedPlans.load(compared);
        } catch (PlanLoadException e) {
            throw new PartInitException(NLS.bind(Messages.Compare_openFailed, e.getMessage()), e);
        }
        plans.domain().getCommandStack().addCommandStackListener(stackListener);
        undoRedo = new UndoRedoActions(plans.domain().getCommandStack());
        undoRedo.install(site.getActionBars());
    }

    @Override
    public void createPartControl(Composite parent) {
        SashForm upAndDown = new SashForm(parent, SWT.VERTICAL);
        SashForm sides = new SashForm(upAndDown, SWT.HORIZONTAL);
        PlanCompareInput input = plans.input();
        left = new SideTree(
                sides,
                input.leftIsBackup()
                        ? NLS.bind(Messages.Compare_backupSide, input.left().getFileName())
                        : NLS.bind(Messages.Compare_side, input.left().getFileName(), words.text("old")),
                plans.left(),
                plans);
        right = new SideTree(
                sides,
                NLS.bind(Messages.Compare_side, input.right().getFileName(), words.text("new")),
                plans.right(),
                plans);
        Composite below = new Composite(upAndDown, SWT.NONE);
        below.setLayout(new GridLayout(3, false));
        toRight = button(below, Messages.Compare_copyToRight, CopyDirection.OLD_TO_NEW);
        toLeft = button(below, Messages.Compare_copyToLeft, CopyDirection.NEW_TO_OLD);
        summary = new Label(below, SWT.NONE);
        GridDataFactory.fillDefaults()
                .grab(true, false)
                .align(SWT.FILL, SWT.CENTER)
                .applyTo(summary);
        table = new DifferenceTable(below, words);
        GridDataFactory.fillDefaults()
                .grab(true, true)
                .span(3, 1)
                .applyTo(table.viewer().getControl().getParent());
        upAndDown.setWeights(62, 38);
        table.viewer().addSelectionChangedListener(e -> differenceSelected());
        left.viewer()
                .addSelectionChangedListener(e ->
                        elementSelected(left.viewer().getStructuredSelection().getFirstElement()));
        right.viewer()
                .addSelectionChangedListener(e ->
                        elementSelected(right.viewer().getStructuredSelection().getFirstElement()));
        getSite().setSelectionProvider(table.viewer());
        showComparison();
    }

    private Button button(Composite parent, String text, CopyDirection direction) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setEnabled(false);
        button.addListener(SWT.Selection, e -> copy(table.selected(), direction));
        return button;
    }

    /** Copies the difference in the direction as one command; false when it cannot be copied (yet). */
    public boolean copy(Difference difference, CopyDirection direction) {
        Command command = difference == null ? null : plans.copy(difference, direction, words);
        if (command == null || !command.canExecute()) {
            return false;
        }
        plans.domain().getCommandStack().execute(command);
        return true;
    }

    private void stackChanged() {
        if (table == null || table.viewer().getControl().isDisposed()) {
            return;
        }
        int row = table.viewer().getTable().getSelectionIndex();
        plans.refresh();
        showComparison();
        // The next difference is selected where the copied one was, ready for the next copy.
        int rows = table.viewer().getTable().getItemCount();
        if (row >= 0 && rows > 0) {
            table.viewer()
                    .setSelection(new StructuredSelection(table.viewer().getElementAt(Math.min(row, rows - 1))), true);
        }
        firePropertyChange(PROP_DIRTY);
        undoRedo.update();
    }

    private void showComparison() {
        PlanComparison comparison = plans.comparison();
        left.show(ChangeMarks.of(comparison, true, words));
        right.show(ChangeMarks.of(comparison, false, words));
        table.show(comparison);
        summary.setText(new DiffText(words).summary(comparison));
        summary.getParent().layout();
        differenceSelected();
    }

    private void differenceSelected() {
        Difference difference = table.selected();
        toRight.setEnabled(difference != null
                && plans.copy(difference, CopyDirection.OLD_TO_NEW, words).canExecute());
        toLeft.setEnabled(difference != null
                && plans.copy(difference, CopyDirection.NEW_TO_OLD, words).canExecute());
        String why =
                difference != null && !toRight.isEnabled() && !toLeft.isEnabled() ? Messages.Compare_copyNotYet : null;
        toRight.setToolTipText(why);
        toLeft.setToolTipText(why);
        if (difference != null) {
            PlanComparison comparison = plans.comparison();
            revealing = true; // the trees follow the list here, not the other way round
            try {
                left.reveal(nearest(difference, comparison.before()));
                right.reveal(nearest(difference, comparison.after()));
            } finally {
                revealing = false;
            }
        }
    }

    /** The side's version of the difference's element, or of the nearest container the side has. */
    private static EObject nearest(Difference difference, PlanIndex side) {
        for (EObject element = DifferenceTable.element(difference); element != null; element = element.eContainer()) {
            EObject own = side.get(PlanIndex.uuidOf(element));
            if (own != null) {
                return own;
            }
        }
        return null;
    }

    /** An element selected in a tree selects its first difference in the list (unless one of its is selected already). */
    private void elementSelected(Object element) {
        Difference current = table.selected();
        if (revealing
                || !(element instanceof EObject object)
                || current != null && current.uuid().equals(PlanIndex.uuidOf(object))) {
            return;
        }
        String uuid = PlanIndex.uuidOf(object);
        plans.comparison().differences().stream()
                .filter(d -> d.uuid().equals(uuid))
                .findFirst()
                .ifPresent(d -> table.viewer().setSelection(new StructuredSelection(d), true));
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            plans.save();
        } catch (IOException e) {
            MessageDialog.openError(
                    getSite().getShell(),
                    getPartName(),
                    NLS.bind(Messages.Compare_saveFailed, plans.input().right(), e.getMessage()));
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException("Save As is not offered: each side is saved to its own file");
    }

    @Override
    public boolean isDirty() {
        return plans != null && plans.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return plans.domain();
    }

    /** The files the comparison may save into: both sides, or the plan alone beside its backup (never written). */
    @Override
    public List<Path> heldFiles() {
        PlanCompareInput input = (PlanCompareInput) getEditorInput();
        return input.leftIsBackup() ? List.of(input.right()) : List.of(input.left(), input.right());
    }

    public ComparedPlans plans() {
        return plans;
    }

    /** The list of differences (for tests and the selection service). */
    public org.eclipse.jface.viewers.TableViewer differenceList() {
        return table.viewer();
    }

    /** The left (old) tree, or the right (new) one. */
    public org.eclipse.jface.viewers.TreeViewer tree(boolean leftSide) {
        return leftSide ? left.viewer() : right.viewer();
    }

    /** The button copying the selected difference in the direction. */
    public Button copyButton(CopyDirection direction) {
        return direction == CopyDirection.OLD_TO_NEW ? toRight : toLeft;
    }

    @Override
    public void dispose() {
        if (plans != null) {
            plans.domain().getCommandStack().removeCommandStackListener(stackListener);
            plans.dispose();
        }
        super.dispose();
    }
}
