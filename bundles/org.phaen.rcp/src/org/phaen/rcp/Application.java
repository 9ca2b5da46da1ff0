/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import java.io.File;
import java.net.URL;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** Starts the Phaen workbench. org.eclipse.ui.ide needs a workspace: without -data one is set under the user's home. */
public class Application implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Location instance = Platform.getInstanceLocation();
        if (instance != null && !instance.isSet()) {
            File dir = new File(System.getProperty("user.home"), "phaen-workspace");
            instance.set(new URL("file", null, dir.getAbsolutePath() + "/"), false);
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new PhaenWorkbenchAdvisor(planFiles(context)));
            return code == PlatformUI.RETURN_RESTART ? EXIT_RESTART : EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** Plan files named after the launcher's own options ({@code phaen workbench FILE}). */
    private static java.util.List<java.nio.file.Path> planFiles(IApplicationContext context) {
        Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        return args instanceof String[] strings
                ? java.util.Arrays.stream(strings)
                        .filter(a -> a.endsWith(".phaen"))
                        .map(java.nio.file.Path::of)
                        .toList()
                : java.util.List.of();
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
