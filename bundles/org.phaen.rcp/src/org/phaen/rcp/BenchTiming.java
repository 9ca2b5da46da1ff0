/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * For {@code phaen bench workbench}: with -Dphaen.bench=true the workbench prints how long it took from the JVM's
 * start to a usable window and to each plan open and drawn in its editor, then how the UI thread answered while their
 * whole validations ran in the background ({@link ValidationStalls}), then closes itself. Beside each wall time
 * it prints the CPU time the process (all threads) and the UI thread used: on a machine other builds load, the wall
 * time is mostly waiting for a core, the CPU time is the work.
 */
final class BenchTiming {

    static final boolean ON = Boolean.getBoolean("phaen.bench");

    private BenchTiming() {}

    /** Called once the window is up: times the window, then opens each file, drawing it before the clock stops. */
    static void report(IWorkbench workbench, IWorkbenchWindow window, List<Path> files) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("phaen-bench window-ms=" + (System.currentTimeMillis() - jvmStart) + cpu(0, 0));
        Display display = window.getShell().getDisplay();
        for (Path file : files) {
            long start = System.nanoTime(), process = processCpuNanos(), ui = uiCpuNanos();
            PlanFileOpener.open(window, file);
            while (display.readAndDispatch()) {
                // lay out and paint the editor before stopping the clock
            }
            window.getShell().update();
            System.out.println("phaen-bench open-ms=" + (System.nanoTime() - start) / 1_000_000 + cpu(process, ui)
                    + " file=" + file.getFileName());
        }
        ValidationStalls.measure(display);
        System.out.flush();
        display.asyncExec(workbench::close);
    }

    /** " process-cpu-ms=P ui-cpu-ms=U": CPU time since the values given (0: since the JVM started). */
    private static String cpu(long processSince, long uiSince) {
        return " process-cpu-ms=" + (processCpuNanos() - processSince) / 1_000_000 + " ui-cpu-ms="
                + (uiCpuNanos() - uiSince) / 1_000_000;
    }

    /** Read as the MBean's attribute: com.sun.management is not visible to a bundle without importing it. */
    private static long processCpuNanos() {
        try {
            return (Long) ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuTime");
        } catch (JMException | RuntimeException e) {
            return 0;
        }
    }

    /** Called on the UI thread: its CPU time. */
    private static long uiCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
