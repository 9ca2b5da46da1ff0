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
import org.phaen.ui.Messages;

/** Which plan, as what (JSON or an alignment sheet), and where. */
final class ExportPlanPage extends WizardPage {

    PlanFileChooser plan;
    Button asJson;
    Button asSheet;
    FileField out;
    private final String initialPlan;

    ExportPlanPage(String initialPlan) {
        super("exportPlan");
        this.initialPlan = initialPlan;
        setTitle(Messages.Export_title);
        setDescription(Messages.Export_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        plan = new PlanFileChooser(page, Messages.Export_plan, this::suggest);
        asJson = radio(page, Messages.Export_json);
        asSheet = radio(page, Messages.Export_sheet);
        asJson.setSelection(true);
        out = new FileField(page, Messages.Export_to, Messages.Wizard_browse, SWT.SAVE, this::check);
        plan.select(initialPlan);
        suggest();
        setControl(page);
    }

    private Button radio(Composite page, String label) {
        Button button = new Button(page, SWT.RADIO);
        button.setText(label);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        button.addListener(SWT.Selection, e -> suggest());
        return button;
    }

    /** A file next to the plan, named after it, with the format's extension. */
    private void suggest() {
        if (out == null || plan.selected() == null) {
            check();
            return;
        }
        String extension = asJson.getSelection() ? ".json" : "-alignment.xlsx";
        out.extensions(asJson.getSelection() ? "*.json" : "*.xlsx");
        java.nio.file.Path location = WorkspacePlans.location(plan.selected());
        out.text.setText(
                location.resolveSibling(location.getFileName().toString().replaceFirst("\\.phaen$", "") + extension)
                        .toString());
    }

    private void check() {
        String problem = plan.selected() == null
                ? Messages.AlignedPlan_noPlans
                : out == null || out.path().isEmpty() ? Messages.Export_needFile : null;
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
