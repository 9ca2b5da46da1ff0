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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.phaen.ui.Messages;

/** The higher plan to align to, and the new plan's name, code and file name. */
final class NewAlignedPlanPage extends WizardPage {

    PlanFileChooser upper;
    Text name;
    Text code;
    Text fileName;

    NewAlignedPlanPage() {
        super("newAlignedPlan");
        setTitle(Messages.AlignedPlan_title);
        setDescription(Messages.AlignedPlan_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        upper = new PlanFileChooser(page, Messages.AlignedPlan_upper, this::check);
        upper.select("region17-2562.phaen");
        name = field(page, Messages.NewPlan_name, "");
        code = field(page, Messages.AlignedPlan_code, "");
        fileName = field(page, Messages.NewPlan_fileName, "province.phaen");
        Label note = new Label(page, SWT.WRAP);
        note.setText(Messages.AlignedPlan_note);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        setControl(page);
        check();
    }

    private Text field(Composite page, String label, String value) {
        new Label(page, SWT.NONE).setText(label);
        Text text = new Text(page, SWT.BORDER);
        text.setText(value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> check());
        return text;
    }

    private void check() {
        if (name == null || code == null || fileName == null) {
            return;
        }
        String problem = upper.selected() == null
                ? Messages.AlignedPlan_noPlans
                : name.getText().isBlank()
                        ? Messages.NewPlan_needName
                        : !code.getText().strip().matches("[\\p{L}\\p{N}._-]+")
                                ? Messages.AlignedPlan_badCode
                                : !fileName.getText().matches("[^/\\\\:*?\"<>|]+\\.phaen")
                                        ? Messages.NewPlan_badFileName
                                        : null;
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
