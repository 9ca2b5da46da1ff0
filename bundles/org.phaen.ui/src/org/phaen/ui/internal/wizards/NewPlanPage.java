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

/** The plan's name and file name, and whether it starts empty or as a copy of the samples. */
final class NewPlanPage extends WizardPage {

    Text name;
    Text fileName;
    Button fromSample;

    NewPlanPage() {
        super("newPlan");
        setTitle(Messages.NewPlan_title);
        setDescription(Messages.NewPlan_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(2, false));
        new Label(page, SWT.NONE).setText(Messages.NewPlan_name);
        name = new Text(page, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(page, SWT.NONE).setText(Messages.NewPlan_fileName);
        fileName = new Text(page, SWT.BORDER);
        fileName.setText("plan.phaen");
        fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        fromSample = new Button(page, SWT.CHECK);
        fromSample.setText(Messages.NewPlan_fromSample);
        fromSample.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        name.addListener(SWT.Modify, e -> check());
        fileName.addListener(SWT.Modify, e -> check());
        fromSample.addListener(SWT.Selection, e -> {
            name.setEnabled(!fromSample.getSelection());
            fileName.setEnabled(!fromSample.getSelection());
            check();
        });
        setControl(page);
        check();
    }

    private void check() {
        String problem = null;
        if (!fromSample.getSelection()) {
            if (name.getText().isBlank()) {
                problem = Messages.NewPlan_needName;
            } else if (!fileName.getText().matches("[^/\\\\:*?\"<>|]+\\.phaen")) {
                problem = Messages.NewPlan_badFileName;
            }
        }
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
