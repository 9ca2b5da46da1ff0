/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.phaen.model.resource.PlanLoadException;
import org.phaen.ui.Messages;

/**
 * Opens a plan for the editor, and when the file cannot be read says why (file and line) and offers the backup
 * the last safe save left. Restoring keeps the unreadable file beside it as FILE.unreadable: nothing is lost.
 */
final class PlanOpening {

    private PlanOpening() {}

    static OpenPlan open(Path file, Shell shell) throws PartInitException {
        try {
            return OpenPlan.load(file);
        } catch (PlanLoadException e) {
            Path backup = OpenPlan.backupOf(file);
            String title = Messages.bind(Messages.Editor_loadFailed, file.getFileName());
            if (backup == null
                    || shell == null
                    || !MessageDialog.openQuestion(
                            shell,
                            title,
                            Messages.bind(
                                    Messages.Editor_loadFailedOfferBackup, e.getMessage(), backup.getFileName()))) {
                throw new PartInitException(title + ": " + e.getMessage(), e);
            }
            try {
                Files.copy(
                        file,
                        file.resolveSibling(file.getFileName() + ".unreadable"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
                return OpenPlan.load(file);
            } catch (IOException again) {
                throw new PartInitException(title + ": " + again.getMessage(), again);
            }
        }
    }
}
