package org.phaen.rcp;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * For {@code phaen bench workbench}: with -Dphaen.bench=true the workbench prints how long it took from the JVM's
 * start to a usable window and to each plan open and drawn in its editor, then closes itself.
 */
final class BenchTiming {

    static final boolean ON = Boolean.getBoolean("phaen.bench");

    private BenchTiming() {
    }

    /** Called once the window is up: times the window, then opens each file, drawing it before the clock stops. */
    static void report(IWorkbench workbench, IWorkbenchWindow window, List<Path> files) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("phaen-bench window-ms=" + (System.currentTimeMillis() - jvmStart));
        Display display = window.getShell().getDisplay();
        for (Path file : files) {
            long start = System.nanoTime();
            PlanFileOpener.open(window, file);
            while (display.readAndDispatch()) {
                // lay out and paint the editor before stopping the clock
            }
            window.getShell().update();
            System.out.println("phaen-bench open-ms=" + (System.nanoTime() - start) / 1_000_000 + " file=" + file.getFileName());
        }
        System.out.flush();
        display.asyncExec(workbench::close);
    }
}
