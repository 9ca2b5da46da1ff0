/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.phaen.rcp.WindowPlacement;
import org.phaen.ui.editor.TestWorkbench;

/** The window takes most of the screen the first time, then opens where and as large as the user left it. */
class WindowPlacementTest {

    private final IEclipsePreferences preferences = (IEclipsePreferences)
            InstanceScope.INSTANCE.getNode("org.phaen.ui.tests").node("window");

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void firstStartUsesMostOfTheScreenThenTheWindowReturnsWhereTheUserLeftIt() {
        Display display = Display.getCurrent();
        Rectangle screen = display.getPrimaryMonitor().getClientArea();
        Shell first = new Shell(display);
        new WindowPlacement(preferences).apply(first);
        Rectangle opened = first.getBounds();
        assertTrue(
                opened.width >= screen.width * 0.85 && opened.height >= screen.height * 0.85,
                "most of the " + screen + " screen: " + opened);
        assertTrue(screen.contains(opened.x, opened.y), "on the screen: " + opened);

        Rectangle chosen = new Rectangle(screen.x + 60, screen.y + 40, 1100, 700);
        first.setBounds(chosen);
        TestWorkbench.settle();
        Rectangle left = first.getBounds(); // as the window manager placed it
        first.dispose();

        Shell next = new Shell(display);
        new WindowPlacement(preferences).apply(next);
        assertEquals(left, next.getBounds());
        next.dispose();
    }
}
