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
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.ide.IDE;
import org.phaen.exchange.json.PlanJson;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.PlanEditor;

/**
 * File > Import > Phaen Plan: a JSON plan becomes a new plan file in the Plans project; an edited alignment sheet
 * goes into a plan open in its editor, as one undoable command (the planner reviews, then saves).
 */
public final class ImportPlanWizard extends PlanFileWizard<ImportPlanPage> implements IImportWizard {

    public ImportPlanWizard() {
        super(Messages.Import_title, new ImportPlanPage());
    }

    @Override
    Path write(ImportPlanPage page) throws IOException, CoreException {
        Path source = Path.of(page.source.path());
        if (page.fromJson.getSelection()) {
            Path file = NewPlanFiles.target(page.newFile.getText(), page);
            if (file != null) {
                PlanJson.convert(source, file, PlanFiles.newResourceSet());
            }
            return file;
        }
        IFile plan = page.plan.selected();
        if (!(IDE.openEditor(workbench().getActiveWorkbenchWindow().getActivePage(), plan)
                instanceof PlanEditor editor)) {
            return null;
        }
        AlignmentImport.Outcome outcome = AlignmentImport.into(editor.openPlan(), source);
        if (!outcome.problems().isEmpty()) {
            MessageDialog.openError(
                    getShell(),
                    Messages.Import_title,
                    Messages.bind(
                            Messages.Import_rejected, source.getFileName(), String.join("\n", outcome.problems())));
            return null;
        }
        MessageDialog.openInformation(
                getShell(), Messages.Import_title, Messages.bind(Messages.Import_aligned, new Object[] {
                    outcome.counts().added(),
                    outcome.counts().removed(),
                    outcome.counts().changed()
                }));
        return WorkspacePlans.location(plan);
    }

    @Override
    String failure(Exception e) {
        return e instanceof CoreException ? super.failure(e) : Messages.bind(Messages.Import_failed, e.getMessage());
    }
}
