package org.phaen.ui.internal.wizards;

import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.phaen.exchange.json.PlanJson;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.PlanEditor;

/**
 * File > Import > Phaen Plan: a JSON plan becomes a new plan file in the Plans project; an edited alignment sheet
 * goes into a plan open in its editor, as one undoable command (the planner reviews, then saves).
 */
public final class ImportPlanWizard extends Wizard implements IImportWizard {

    private final ImportPlanPage page = new ImportPlanPage();
    private IWorkbench workbench;
    private IFile changed;

    public ImportPlanWizard() {
        setWindowTitle(Messages.Import_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path source = Path.of(page.source.path());
        try {
            IWorkbenchPage window = workbench.getActiveWorkbenchWindow().getActivePage();
            if (page.fromJson.getSelection()) {
                Path file = NewPlanFiles.target(page.newFile.getText(), page);
                if (file == null) {
                    return false;
                }
                PlanJson.convert(source, file, PlanFiles.newResourceSet());
                changed = NewPlanFiles.open(file, workbench);
                return true;
            }
            changed = page.plan.selected();
            if (!(IDE.openEditor(window, changed) instanceof PlanEditor editor)) {
                return false;
            }
            AlignmentImport.Outcome outcome = AlignmentImport.into(editor.openPlan(), source);
            if (!outcome.problems().isEmpty()) {
                MessageDialog.openError(
                        getShell(),
                        Messages.Import_title,
                        Messages.bind(
                                Messages.Import_rejected, source.getFileName(), String.join("\n", outcome.problems())));
                return false;
            }
            MessageDialog.openInformation(
                    getShell(), Messages.Import_title, Messages.bind(Messages.Import_aligned, new Object[] {
                        outcome.counts().added(),
                        outcome.counts().removed(),
                        outcome.counts().changed()
                    }));
            return true;
        } catch (CoreException e) {
            page.setErrorMessage(e.getStatus().getMessage());
        } catch (Exception e) {
            page.setErrorMessage(Messages.bind(Messages.Import_failed, e.getMessage()));
        }
        return false;
    }

    /** The plan file created or changed by the last finish (for tests). */
    public IFile changed() {
        return changed;
    }

    ImportPlanPage page() {
        return page;
    }
}
