package org.phaen.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;

/**
 * A File > New wizard of one page that writes a plan file into the Plans project and opens it in the plan editor;
 * a failure is said on the page, which stays open.
 */
public abstract class NewPlanFileWizard<P extends WizardPage> extends Wizard implements INewWizard {

    private final P page;
    private IWorkbench workbench;
    private IFile created;

    NewPlanFileWizard(String title, P page) {
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

    /** Writes the new plan file from what the page holds; null when it wrote none (the page then says why). */
    abstract Path write(P page) throws IOException, CoreException;

    @Override
    public final boolean performFinish() {
        try {
            Path file = write(page);
            if (file == null) {
                return false;
            }
            created = NewPlanFiles.open(file, workbench);
            return true;
        } catch (IOException e) {
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

    P page() {
        return page;
    }
}
