package org.phaen.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** The running workbench of a UI test: opening sample plans in the editor, and letting the UI catch up. */
public final class TestWorkbench {

    private TestWorkbench() {}

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Copies the two sample plans into {@code dir} and opens the provincial one. */
    public static PlanEditor openSample(Path dir) throws Exception {
        Path models = Path.of(System.getProperty("phaen.root", "../.."), "models");
        for (String name : new String[] {"region17-2562.phaen", "phitsanulok-2562.phaen"}) {
            Files.copy(models.resolve(name), dir.resolve(name));
        }
        return open(dir.resolve("phitsanulok-2562.phaen"));
    }

    /** Opens a plan file in the plan editor. */
    public static PlanEditor open(Path plan) throws Exception {
        PlanEditor editor = (PlanEditor)
                IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(plan.toUri()));
        settle();
        return editor;
    }

    /** Runs what the UI has queued (refreshes after model changes are posted asynchronously). */
    public static void settle() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // keep dispatching
            }
        }
    }
}
