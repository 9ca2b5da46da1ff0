/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;

/**
 * A File > New or File > Import wizard of one page that writes or changes a plan file in the Plans project and opens
 * it in the plan editor; a failure is said on the page, which stays open.
 */
public abstract class PlanFileWizard<P extends WizardPage> extends Wizard implements IWorkbenchWizard {

    private final P page;
    private IWorkbench workbench;
    private IFile created;

    PlanFileWizard(String title, P page) {
        this.page = page;
        setWindowTitle(title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** Writes the plan file from what the page holds; null when it wrote none (the page then says why). */
    abstract Path write(P page) throws IOException, CoreException;

    /** What the page says when writing failed. */
    String failure(Exception e) {
        return e instanceof CoreException core ? core.getStatus().getMessage() : e.getMessage();
    }

    @Override
    public final boolean performFinish() {
        try {
            Path file = write(page);
            if (file == null) {
                return false;
            }
            created = NewPlanFiles.open(file, workbench);
            return true;
        } catch (IOException | CoreException | RuntimeException e) {
            page.setErrorMessage(failure(e));
            return false;
        }
    }

    /** The plan file the wizard made or changed (for tests and callers). */
    public IFile created() {
        return created;
    }

    IWorkbench workbench() {
        return workbench;
    }

    P page() {
        return page;
    }
}
