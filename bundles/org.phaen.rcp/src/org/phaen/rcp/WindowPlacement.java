/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where the main window opens: where the user left it (size, position, maximised), kept in the workspace's
 * preferences; on first start, or when that place is on no screen any more, most of the primary screen.
 * The workbench's own restore is off (the layout starts fresh each time), so the window's place is kept here.
 */
public final class WindowPlacement {

    static final String BOUNDS = "window.bounds";
    static final String MAXIMIZED = "window.maximized";
    /** The share of the screen's width and height a first window takes. */
    static final double FIRST_SHARE = 0.9;

    private final IEclipsePreferences preferences;

    public WindowPlacement() {
        this(InstanceScope.INSTANCE.getNode("org.phaen.rcp"));
    }

    /** Keeps the place in another preference node than the workbench's (a second window, tests). */
    public WindowPlacement(IEclipsePreferences preferences) {
        this.preferences = preferences;
    }

    /** Places the shell before it opens, and keeps its place from then on. */
    public void apply(Shell shell) {
        Rectangle remembered = parse(preferences.get(BOUNDS, null));
        boolean onScreen = remembered != null && visibleOn(shell, remembered);
        shell.setBounds(
                onScreen
                        ? remembered
                        : firstBounds(shell.getDisplay().getPrimaryMonitor().getClientArea()));
        shell.setMaximized(onScreen && preferences.getBoolean(MAXIMIZED, false));
        shell.addListener(SWT.Move, e -> remember(shell));
        shell.addListener(SWT.Resize, e -> remember(shell));
        shell.addListener(SWT.Dispose, e -> flush());
    }

    /** Most of the screen, centred. */
    public static Rectangle firstBounds(Rectangle screen) {
        int width = (int) Math.round(screen.width * FIRST_SHARE);
        int height = (int) Math.round(screen.height * FIRST_SHARE);
        return new Rectangle(
                screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width, height);
    }

    private void remember(Shell shell) {
        if (shell.isDisposed() || shell.getMinimized()) {
            return;
        }
        preferences.putBoolean(MAXIMIZED, shell.getMaximized());
        if (!shell.getMaximized()) { // a maximised window keeps the size it returns to
            Rectangle b = shell.getBounds();
            preferences.put(BOUNDS, b.x + "," + b.y + "," + b.width + "," + b.height);
        }
    }

    private void flush() {
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            ILog.of(WindowPlacement.class)
                    .warn("The window's place could not be saved: the next start uses the default", e);
        }
    }

    /** At least a corner of the window's title on some monitor, so a window left on a detached screen comes back. */
    private static boolean visibleOn(Shell shell, Rectangle bounds) {
        Rectangle title = new Rectangle(bounds.x, bounds.y, Math.min(bounds.width, 200), 40);
        for (Monitor monitor : shell.getDisplay().getMonitors()) {
            if (monitor.getClientArea().intersects(title)) {
                return bounds.width >= 400 && bounds.height >= 300;
            }
        }
        return false;
    }

    static Rectangle parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(",");
        try {
            return parts.length == 4
                    ? new Rectangle(
                            Integer.parseInt(parts[0].strip()),
                            Integer.parseInt(parts[1].strip()),
                            Integer.parseInt(parts[2].strip()),
                            Integer.parseInt(parts[3].strip()))
                    : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
