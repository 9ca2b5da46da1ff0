/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.look;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.phaen.ui.editor.TestWorkbench;

/** The workbench window at the sizes planners' screens have, saved as PNG under target/screenshots for people to look at. */
public final class Screenshots {

    /** A large desktop screen and a small laptop's. */
    public static final Rectangle[] SIZES = {new Rectangle(0, 0, 1600, 1000), new Rectangle(0, 0, 1280, 800)};

    private Screenshots() {}

    public static Shell window() {
        return TestWorkbench.page().getWorkbenchWindow().getShell();
    }

    /** Sets the window to {@code size} (not maximised) and lets the layout and background refreshes catch up. */
    public static void resize(Rectangle size) throws InterruptedException {
        Shell shell = window();
        shell.setMaximized(false);
        shell.setBounds(size);
        for (int i = 0; i < 15; i++) {
            TestWorkbench.settle();
            Thread.sleep(100);
        }
    }

    /** Saves the window as {@code name-WIDTHxHEIGHT.png}; returns the number of colours seen (a blank window has few). */
    public static int save(String name) throws IOException {
        return save(window(), name);
    }

    /** Saves one shell (a dialog, the window) as {@code name-WIDTHxHEIGHT.png}; returns the number of colours seen. */
    public static int save(Shell shell, String name) throws IOException {
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        ImageData data;
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            data = image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
        Path file = Path.of(
                System.getProperty("phaen.screenshots", "target/screenshots"),
                name + "-" + bounds.width + "x" + bounds.height + ".png");
        Files.createDirectories(file.getParent());
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < data.height; y += 4) {
            for (int x = 0; x < data.width; x += 4) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
