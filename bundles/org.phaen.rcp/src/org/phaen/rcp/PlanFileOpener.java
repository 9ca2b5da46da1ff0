/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.rcp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** Opens a plan file from disk in the plan editor, or says in a dialog why it cannot. */
final class PlanFileOpener {

    private PlanFileOpener() {}

    static void open(IWorkbenchWindow window, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            MessageDialog.openError(
                    window.getShell(), Messages.Open_failed, Messages.bind(Messages.Open_noSuchFile, absolute));
            return;
        }
        try {
            IDE.openEditorOnFileStore(
                    window.getActivePage(), EFS.getLocalFileSystem().getStore(absolute.toUri()));
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), Messages.Open_failed, e.getMessage());
        }
    }
}
