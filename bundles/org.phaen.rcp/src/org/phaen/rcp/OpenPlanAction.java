/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import java.nio.file.Path;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** File > Open Plan...: any .phaen file on disk, in the plan editor. */
final class OpenPlanAction extends Action {

    private final IWorkbenchWindow window;

    OpenPlanAction(IWorkbenchWindow window) {
        super(Messages.Action_openPlan);
        this.window = window;
        setId("org.phaen.rcp.openPlan");
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] {"*.phaen", "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            PlanFileOpener.open(window, Path.of(chosen));
        }
    }
}
