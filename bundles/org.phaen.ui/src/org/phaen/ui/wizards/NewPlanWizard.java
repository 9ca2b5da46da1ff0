package org.phaen.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.phaen.model.PlanLevel;
import org.phaen.ui.Messages;
import org.phaen.ui.problems.PlanWorkspace;

/** File > New > Phaen plan: an empty plan or a copy of the samples in the Plans project, opened in the plan editor. */
public final class NewPlanWizard extends Wizard implements INewWizard {

    private final NewPlanPage page = new NewPlanPage();
    private IWorkbench workbench;
    private IFile created;

    public NewPlanWizard() {
        setWindowTitle(Messages.NewPlan_title);
        setNeedsProgressMonitor(false);
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
        try {
            Path file;
            if (page.fromSample.getSelection()) {
                file = PlanTemplates.sample(Path.of(PlanWorkspace.plansProject().getLocationURI()));
            } else {
                file = NewPlanFiles.target(page.fileName.getText(), page);
                if (file == null) {
                    return false;
                }
                PlanTemplates.empty(file, page.name.getText().strip(), PlanLevel.PROVINCIAL_EDUCATION_PLAN);
            }
            created = NewPlanFiles.open(file, workbench);
            return true;
        } catch (IOException | PartInitException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        } catch (CoreException e) {
            page.setErrorMessage(e.getStatus().getMessage());
            return false;
        }
    }

    /** The file the wizard made (for tests and callers). */
    public IFile created() {
        return created;
    }

    NewPlanPage page() {
        return page;
    }
}
