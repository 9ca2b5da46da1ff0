package org.phaen.rcp;

import java.nio.file.Path;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File > Open Plan...: any .phaen file on disk, in the plan editor. */
final class OpenPlanAction extends Action {

    private final IWorkbenchWindow window;

    OpenPlanAction(IWorkbenchWindow window) {
        super(Messages.Action_openPlan);
        this.window = window;
        setId("org.phaen.rcp.openPlan");
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.phaen", "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            PlanFileOpener.open(window, Path.of(chosen));
        }
    }
}
