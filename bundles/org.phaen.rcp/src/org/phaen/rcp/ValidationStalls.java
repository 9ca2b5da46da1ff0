/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import java.lang.management.ManagementFactory;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.phaen.ui.editor.WholeValidation;

/**
 * For {@code phaen bench workbench}: how responsive the editor stays while the open plans' whole validations run in
 * the background and their findings are taken. A timer asks the UI thread to run every {@value #TICK_MS} ms; the
 * longest it ran late is the longest time a click would have waited.
 */
final class ValidationStalls {

    private static final int TICK_MS = 10;

    private ValidationStalls() {}

    /** Runs the event loop until no whole validation or marker writing is left; prints what it saw. */
    static void measure(Display display) {
        long start = System.nanoTime(), ui = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long[] due = {start + TICK_MS * 1_000_000L};
        long[] worst = {0};
        Runnable tick = new Runnable() {
            @Override
            public void run() {
                long now = System.nanoTime();
                worst[0] = Math.max(worst[0], now - due[0]);
                due[0] = now + TICK_MS * 1_000_000L;
                display.timerExec(TICK_MS, this);
            }
        };
        display.timerExec(TICK_MS, tick);
        while (true) {
            while (display.readAndDispatch()) {
                // a finished validation hands its findings over in an asyncExec, run here before looking again
            }
            if (Job.getJobManager().find(WholeValidation.FAMILY).length == 0) {
                break;
            }
            display.sleep();
        }
        display.timerExec(-1, tick);
        System.out.println("phaen-bench validated-ms=" + (System.nanoTime() - start) / 1_000_000 + " ui-cpu-ms="
                + (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - ui) / 1_000_000
                + " longest-ui-stall-ms=" + worst[0] / 1_000_000);
    }
}
