/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.util.List;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.phaen.exchange.workbook.Edit;
import org.phaen.exchange.workbook.WorkbookImport;
import org.phaen.ui.Messages;

/**
 * The second page: the change list the workbook asks (as 'phaen import-workbook --dry-run' prints it), or, when the
 * workbook has problems, every problem by sheet, row and column; then Finish cannot be pressed.
 */
final class WorkbookChangesPage extends WizardPage {

    private Label summary;
    private Table lines;
    private WorkbookImport shown;

    WorkbookChangesPage() {
        super("workbookChanges");
        setTitle(Messages.ImportWorkbook_title);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        summary = new Label(page, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        lines = new Table(page, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
        GridData fill = new GridData(SWT.FILL, SWT.FILL, true, true);
        fill.heightHint = 320;
        fill.widthHint = 760;
        lines.setLayoutData(fill);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            ((ImportWorkbookWizard) getWizard()).review();
        }
        super.setVisible(visible);
    }

    /** Shows what the workbook asks; the page is complete only when it can be applied. */
    void show(WorkbookImport result, String workbookName) {
        shown = result;
        lines.removeAll();
        List<String> texts =
                result.accepted() ? result.edits().stream().map(Edit::what).toList() : result.problems();
        texts.forEach(text -> new TableItem(lines, SWT.NONE).setText(text));
        if (result.accepted()) {
            setErrorMessage(null);
            setDescription(Messages.ImportWorkbook_review);
            summary.setText(
                    result.edits().isEmpty()
                            ? Messages.bind(Messages.ImportWorkbook_nothing, workbookName)
                            : Messages.bind(Messages.ImportWorkbook_changes, new Object[] {
                                workbookName, result.edits().size(), result.created(), result.deleted()
                            }));
        } else {
            setErrorMessage(Messages.bind(
                    Messages.ImportWorkbook_rejected,
                    workbookName,
                    result.problems().size()));
            summary.setText(Messages.ImportWorkbook_fix);
        }
        summary.getParent().layout(true, true);
        setPageComplete(result.accepted());
    }

    WorkbookImport shown() {
        return shown;
    }

    /** The lines shown, for tests. */
    List<String> lines() {
        return java.util.Arrays.stream(lines.getItems()).map(TableItem::getText).toList();
    }
}
