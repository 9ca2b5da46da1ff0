/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.eclipse.swt.widgets.Display;
import org.phaen.ui.editor.TestWorkbench;

/** Waiting for the diagram page, and pictures of the screen with it. */
final class Pages {

    private Pages() {}

    /** Runs the event loop until the condition holds (the page talks to the server asynchronously). */
    static void waitFor(BooleanSupplier condition, long millis, String what) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> {});
                display.sleep();
            }
        }
    }

    /**
     * The screen as X shows it (ImageMagick's import): WebKitGTK paints the page in its own process, which a GC copy
     * of the window does not see.
     */
    static void screenshot(Path file) throws Exception {
        long end = System.currentTimeMillis() + 1500; // let WebKit paint after the last update
        while (System.currentTimeMillis() < end) {
            TestWorkbench.settle();
            Thread.sleep(50);
        }
        Files.createDirectories(file.getParent());
        Process capture = new ProcessBuilder("import", "-window", "root", file.toString())
                .inheritIO()
                .start();
        assertEquals(0, capture.waitFor(), "ImageMagick's import could not capture the screen");
    }
}
