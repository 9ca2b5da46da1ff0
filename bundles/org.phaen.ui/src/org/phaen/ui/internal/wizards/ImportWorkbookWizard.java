/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.io.IOException;
import java.util.List;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.ide.IDE;
import org.phaen.exchange.workbook.WorkbookImport;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.PlanEditor;

/**
 * File > Import > Plan Workbook: an edited plan workbook ('phaen export --workbook') into a plan, opened in its
 * editor. The second page lists the changes it asks, or its problems by sheet, row and column; Finish applies the
 * changes as one command, so Edit > Undo restores the plan, and the planner saves when satisfied.
 */
public final class ImportWorkbookWizard extends Wizard implements IImportWizard {

    private IWorkbench workbench;
    private ImportWorkbookPage choose;
    private final WorkbookChangesPage changes = new WorkbookChangesPage();
    private PlanEditor editor;

    public ImportWorkbookWizard() {
        setWindowTitle(Messages.ImportWorkbook_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        choose = new ImportWorkbookPage(WorkspacePlans.proposed(workbench, selection));
    }

    @Override
    public void addPages() {
        addPage(choose);
        addPage(changes);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == changes && changes.isPageComplete();
    }

    /** Reads the workbook against the chosen plan, opened in its editor, and shows what it asks (changing nothing). */
    void review() {
        WorkbookImport result;
        try {
            if (!(IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), choose.plan.selected())
                    instanceof PlanEditor opened)) {
                throw new IOException(choose.plan.selected().getName());
            }
            editor = opened;
            result = PlanWorkbookImport.read(editor.openPlan(), choose.workbookPath());
        } catch (IOException | CoreException | RuntimeException e) {
            result =
                    new WorkbookImport(List.of(), List.of(Messages.bind(Messages.Import_failed, e.getMessage())), 0, 0);
        }
        changes.show(result, choose.workbookPath().getFileName().toString());
    }

    @Override
    public boolean performFinish() {
        PlanWorkbookImport.apply(editor.openPlan(), changes.shown());
        return true;
    }

    ImportWorkbookPage choosePage() {
        return choose;
    }

    WorkbookChangesPage changesPage() {
        return changes;
    }

    /** The editor the changes went into (for tests). */
    public PlanEditor editor() {
        return editor;
    }
}
