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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

    /**
     * Starts loading {@code file} on a thread of its own, so that the editor's other preparations (the workspace file
     * it links, which may wait for another editor's markers) run meanwhile; {@link #finish} takes the plan.
     */
    static CompletableFuture<OpenPlan> start(Path file) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return OpenPlan.load(file);
                    } catch (PlanLoadException e) {
                        throw new CompletionException(e);
                    }
                },
                task -> {
                    Thread loader = new Thread(task, "Loading " + file.getFileName());
                    loader.setDaemon(true);
                    loader.start();
                });
    }

    /** The plan {@link #start} loaded; when it could not be, says why and offers the backup, on the UI thread. */
    static OpenPlan finish(CompletableFuture<OpenPlan> loading, Path file, Shell shell) throws PartInitException {
        try {
            return loading.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof PlanLoadException e) {
                return offerBackup(file, shell, e);
            }
            throw failed.getCause() instanceof RuntimeException r ? r : failed;
        }
    }

    private static OpenPlan offerBackup(Path file, Shell shell, PlanLoadException e) throws PartInitException {
        Path backup = OpenPlan.backupOf(file);
        String title = Messages.bind(Messages.Editor_loadFailed, file.getFileName());
        if (backup == null
                || shell == null
                || !MessageDialog.openQuestion(
                        shell,
                        title,
                        Messages.bind(Messages.Editor_loadFailedOfferBackup, e.getMessage(), backup.getFileName()))) {
            throw new PartInitException(title + ": " + e.getMessage(), e);
        }
        try {
            Files.copy(
                    file, file.resolveSibling(file.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
            return OpenPlan.load(file);
        } catch (IOException again) {
            throw new PartInitException(title + ": " + again.getMessage(), again);
        }
    }
}
