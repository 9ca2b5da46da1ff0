/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.phaen.ui.Messages;

/** The first page of File > Import > Plan Workbook: the edited workbook, and the plan it goes into. */
final class ImportWorkbookPage extends WizardPage {

    private final String initialPlan;
    FileField workbook;
    PlanFileChooser plan;

    ImportWorkbookPage(String initialPlan) {
        super("importWorkbook");
        this.initialPlan = initialPlan;
        setTitle(Messages.ImportWorkbook_title);
        setDescription(Messages.ImportWorkbook_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        workbook = new FileField(page, Messages.Import_from, Messages.Wizard_browse, SWT.OPEN, this::check);
        workbook.extensions("*.xlsx");
        plan = new PlanFileChooser(page, Messages.Import_intoPlan, this::check);
        plan.select(initialPlan);
        setControl(page);
        check();
    }

    Path workbookPath() {
        return Path.of(workbook.path());
    }

    private void check() {
        if (plan == null) {
            return;
        }
        String problem = workbook.path().isEmpty() || !Files.isRegularFile(workbookPath())
                ? Messages.Import_needFile
                : plan.selected() == null ? Messages.AlignedPlan_noPlans : null;
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }
}
