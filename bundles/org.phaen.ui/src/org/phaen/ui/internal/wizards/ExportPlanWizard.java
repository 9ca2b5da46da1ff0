/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.phaen.exchange.alignment.AlignmentCandidates;
import org.phaen.exchange.alignment.AlignmentSheetWriter;
import org.phaen.exchange.json.PlanJson;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.Messages;

/**
 * File > Export > Phaen Plan: a plan file as JSON, or its alignments as an XLSX sheet listing every workspace plan's
 * elements to align to. Exports the saved file; an unsaved editor is pointed out first.
 */
public final class ExportPlanWizard extends Wizard implements IExportWizard {

    private ExportPlanPage page;
    private IWorkbench workbench;
    private Path written;

    public ExportPlanWizard() {
        setWindowTitle(Messages.Export_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        page = new ExportPlanPage(WorkspacePlans.proposed(workbench, selection));
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.plan.selected();
        if (unsaved(file)
                && !MessageDialog.openQuestion(
                        getShell(), Messages.Export_title, Messages.bind(Messages.Export_unsaved, file.getName()))) {
            return false;
        }
        Path out = Path.of(page.out.path());
        boolean json = page.asJson.getSelection();
        try {
            getContainer().run(true, false, monitor -> {
                SubMonitor progress =
                        SubMonitor.convert(monitor, Messages.bind(Messages.Export_running, out.getFileName()), 3);
                try {
                    ResourceSet set = PlanFiles.newResourceSet();
                    PlanModel model = PlanFiles.load(set, WorkspacePlans.location(file));
                    progress.worked(1);
                    if (json) {
                        PlanJson.write(model, out);
                    } else {
                        WorkspacePlans.loadAll(set);
                        progress.worked(1);
                        new AlignmentSheetWriter(new AlignmentCandidates(model)).write(model, out);
                    }
                    progress.done();
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
            written = out;
            return true;
        } catch (InvocationTargetException e) {
            page.setErrorMessage(
                    Messages.bind(Messages.Export_failed, e.getCause().getMessage()));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private boolean unsaved(IFile file) {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
            return false;
        }
        for (IEditorPart dirty :
                workbench.getActiveWorkbenchWindow().getActivePage().getDirtyEditors()) {
            if (dirty.getEditorInput().getAdapter(IFile.class) != null
                    && dirty.getEditorInput().getAdapter(IFile.class).equals(file)) {
                return true;
            }
        }
        return false;
    }

    /** The file written by the last finish (for tests). */
    public Path written() {
        return written;
    }

    ExportPlanPage page() {
        return page;
    }
}
