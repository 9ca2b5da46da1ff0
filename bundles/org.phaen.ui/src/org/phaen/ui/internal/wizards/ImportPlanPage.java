/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.phaen.ui.Messages;

/** What to import (a JSON plan or an edited alignment sheet), from where, and into what. */
final class ImportPlanPage extends WizardPage {

    Button fromJson;
    Button fromSheet;
    FileField source;
    Text newFile;
    PlanFileChooser plan;

    ImportPlanPage() {
        super("importPlan");
        setTitle(Messages.Import_title);
        setDescription(Messages.Import_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        fromJson = radio(page, Messages.Import_json);
        fromSheet = radio(page, Messages.Import_sheet);
        fromJson.setSelection(true);
        source = new FileField(page, Messages.Import_from, Messages.Wizard_browse, SWT.OPEN, this::check);
        new Label(page, SWT.NONE).setText(Messages.NewPlan_fileName);
        newFile = new Text(page, SWT.BORDER);
        newFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        newFile.addListener(SWT.Modify, e -> check());
        plan = new PlanFileChooser(page, Messages.Import_intoPlan, this::check);
        plan.select(null);
        setControl(page);
        modeChanged();
    }

    private Button radio(Composite page, String label) {
        Button button = new Button(page, SWT.RADIO);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        button.addListener(SWT.Selection, e -> modeChanged());
        return button;
    }

    private void modeChanged() {
        if (source == null) {
            return;
        }
        boolean json = fromJson.getSelection();
        source.extensions(json ? "*.json" : "*.xlsx");
        newFile.setEnabled(json);
        check();
    }

    private void check() {
        if (newFile == null || plan == null) {
            return;
        }
        boolean json = fromJson.getSelection();
        String problem =
                source.path().isEmpty() || !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(source.path()))
                        ? Messages.Import_needFile
                        : json && !newFile.getText().matches("[^/\\\\:*?\"<>|]+\\.phaen")
                                ? Messages.NewPlan_badFileName
                                : !json && plan.selected() == null ? Messages.AlignedPlan_noPlans : null;
        setErrorMessage(problem);
        setPageComplete(problem == null);
        if (json && newFile.getText().isEmpty() && !source.path().isEmpty()) {
            newFile.setText(java.nio.file.Path.of(source.path())
                            .getFileName()
                            .toString()
                            .replaceFirst("\\.json$", "") + ".phaen");
        }
    }
}
