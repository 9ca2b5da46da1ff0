/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Whether the user collapsed or opened the diagrams' tool palette, kept in the preferences: each diagram opens as the
 * user left the last, across restarts. Until the user chose, there is no value and the page follows its own width
 * (palette.ts collapses it in a narrow editor, without reporting that as a choice).
 */
final class PaletteState {

    static final String COLLAPSED = "palette.collapsed";

    private PaletteState() {}

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.phaen.diagram.ui");
    }

    /** The user's choice: true collapsed, false open, null when the user has not chosen. */
    static Boolean chosen() {
        String value = preferences().get(COLLAPSED, null);
        return value == null ? null : Boolean.valueOf(value);
    }

    /** The page's address with the user's choice, if any (palette.ts reads it). */
    static String page(String url) {
        Boolean collapsed = chosen();
        return collapsed == null
                ? url
                : url + (url.contains("?") ? "&" : "?") + "palette=" + (collapsed ? "collapsed" : "open");
    }

    /** The page reports each click on the palette's button (window.phaenPaletteCollapsed, see PageFunctions). */
    static void remember(boolean collapsed) {
        preferences().putBoolean(COLLAPSED, collapsed);
        try {
            preferences().flush();
        } catch (BackingStoreException e) {
            ILog.of(PaletteState.class)
                    .warn("The palette's state is kept for this session only: the preferences could not be saved", e);
        }
    }
}
