/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.prefs.PhaenPreferences;

/**
 * Asks what book to write ({@link BookDialog}), writes it as a cancellable background job ({@link BookGeneration}) and
 * says where the files are when it is done.
 */
public final class GenerateBookHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
            MessageDialog.openInformation(shell, Messages.Book_title, Messages.Generate_openAPlan);
            return null;
        }
        BookDialog dialog = new BookDialog(
                shell, PhaenPreferences.fiscalYear(), editor.openPlan().file().resolveSibling("book"));
        if (dialog.open() != Window.OK) {
            return null;
        }
        BookGeneration job = new BookGeneration(editor.openPlan(), dialog.request());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                Display.getDefault().asyncExec(() -> report(shell, job, done.getResult()));
            }
        });
        job.schedule();
        return null;
    }

    /** The folder and the files written, or why there are none (a cancelled job keeps the files it finished). */
    static void report(Shell shell, BookGeneration job, IStatus result) {
        if (shell.isDisposed()) {
            return;
        }
        String files = String.join(
                "\n",
                job.written().stream().map(p -> p.getFileName().toString()).toList());
        switch (result.getSeverity()) {
            case IStatus.OK ->
                MessageDialog.openInformation(
                        shell,
                        Messages.Book_title,
                        Messages.bind(Messages.Book_done, job.request().folder(), files));
            case IStatus.CANCEL ->
                MessageDialog.openInformation(
                        shell,
                        Messages.Book_title,
                        Messages.bind(Messages.Book_cancelled, job.written().size()));
            case IStatus.WARNING -> MessageDialog.openWarning(shell, Messages.Book_title, result.getMessage());
            default -> {} // the workbench shows a user job's error itself
        }
    }
}
