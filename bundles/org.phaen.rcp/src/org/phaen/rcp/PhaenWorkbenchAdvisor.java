/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.phaen.ui.welcome.Welcome;

/** The Phaen window: its perspective, title and menus, and the plan files named on the command line opened at start. */
public class PhaenWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<Path> filesToOpen;

    PhaenWorkbenchAdvisor(List<Path> filesToOpen) {
        this.filesToOpen = filesToOpen;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        // Images and adapters the IDE views (Problems, markers) expect.
        IDE.registerAdapters();
        MarkerImages.declare(configurer);
        configurer.setSaveAndRestore(false); // start from the Phaen layout each time; plans are opened by name
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return Perspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                IWorkbenchWindowConfigurer c = getWindowConfigurer();
                c.setTitle(Messages.Window_title);
                c.setInitialSize(new Point(1280, 820));
                c.setShowStatusLine(true);
                c.setShowMenuBar(true);
            }

            @Override
            public void postWindowCreate() {
                new WindowPlacement().apply(getWindowConfigurer().getWindow().getShell());
            }

            @Override
            public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer actionBars) {
                return new PhaenActionBarAdvisor(actionBars);
            }
        };
    }

    @Override
    public void postStartup() {
        var workbench = getWorkbenchConfigurer().getWorkbench();
        var window = workbench.getActiveWorkbenchWindow();
        if (BenchTiming.ON) {
            BenchTiming.report(workbench, window, filesToOpen);
        } else {
            filesToOpen.forEach(file -> PlanFileOpener.open(window, file));
            Welcome.showOnFirstStart(window.getActivePage()); // in front of the sample plan, which is open behind it
        }
    }
}
