package org.phaen.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.phaen.exchange.derive.AlignedPlanDraft;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.Messages;

/**
 * File > New > Provincial Plan Aligned to a Regional Plan: the regional plan's issues, goals, indicators and
 * strategies copied into a new provincial plan, each aligned to its source, saved in the Plans project and opened.
 */
public final class NewAlignedPlanWizard extends Wizard implements INewWizard {

    private final NewAlignedPlanPage page = new NewAlignedPlanPage();
    private IWorkbench workbench;
    private IFile created;

    public NewAlignedPlanWizard() {
        setWindowTitle(Messages.AlignedPlan_title);
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
            Path file = NewPlanFiles.target(page.fileName.getText(), page);
            if (file == null) {
                return false;
            }
            ResourceSet set = PlanFiles.newResourceSet();
            PlanModel upperModel = PlanFiles.load(set, WorkspacePlans.location(page.upper.selected()));
            StrategicPlan upper = AlignedPlanDraft.planToAlignTo(upperModel).orElse(null);
            if (upper == null) {
                page.setErrorMessage(Messages.AlignedPlan_noStrategicPlan);
                return false;
            }
            PlanModel draft = AlignedPlanDraft.from(upper, page.name.getText().strip(), page.code.getText().strip(),
                PlanLevel.PROVINCIAL_EDUCATION_PLAN);
            PlanFiles.saveAs(draft, set, file);
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

    public IFile created() {
        return created;
    }

    NewAlignedPlanPage page() {
        return page;
    }
}
