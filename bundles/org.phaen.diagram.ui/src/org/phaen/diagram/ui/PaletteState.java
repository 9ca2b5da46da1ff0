package org.phaen.diagram.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** Whether the diagrams' tool palette is collapsed, kept in the preferences: each diagram opens as the user left the last. */
final class PaletteState {

    static final String COLLAPSED = "palette.collapsed";

    private PaletteState() {}

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.phaen.diagram.ui");
    }

    static boolean collapsed() {
        return preferences().getBoolean(COLLAPSED, false);
    }

    /** The page's address with the palette's state (palette.ts reads it). */
    static String page(String url) {
        return collapsed() ? url + (url.contains("?") ? "&" : "?") + "palette=collapsed" : url;
    }

    /** The page reports each change (window.phaenPaletteCollapsed, see PageFunctions). */
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
