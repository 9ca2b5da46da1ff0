/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.welcome;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

/** Opens the welcome page: once by itself, on a workspace's first start, then whenever asked (Help > Welcome). */
public final class Welcome {

    private static final String SHOWN = "welcome.shown";

    private Welcome() {}

    /** On the workspace's first start, the welcome page in front of whatever plan was opened. */
    public static void showOnFirstStart(IWorkbenchPage page) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("org.phaen.ui");
        if (preferences.getBoolean(SHOWN, false)) {
            return;
        }
        show(page);
        preferences.putBoolean(SHOWN, true);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            ILog.of(Welcome.class)
                    .warn("The welcome page will show again on the next start: the preferences could not be saved", e);
        }
    }

    public static WelcomeEditor show(IWorkbenchPage page) {
        try {
            return (WelcomeEditor) page.openEditor(WelcomeInput.INSTANCE, WelcomeEditor.ID);
        } catch (PartInitException e) {
            throw new IllegalStateException("the welcome page is part of this bundle", e);
        }
    }
}
