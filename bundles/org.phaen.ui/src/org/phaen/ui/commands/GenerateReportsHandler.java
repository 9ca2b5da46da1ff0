/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.commands;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.phaen.ui.Messages;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.prefs.PhaenPreferences;

/** Asks for the fiscal year and a folder, then writes the reports with a progress dialog. */
public final class GenerateReportsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        if (!(HandlerUtil.getActiveEditor(event) instanceof PlanEditor editor)) {
            MessageDialog.openInformation(shell, Messages.Reports_title, Messages.Generate_openAPlan);
            return null;
        }
        InputDialog year = new InputDialog(
                shell,
                Messages.Reports_title,
                Messages.Generate_askYear,
                Integer.toString(PhaenPreferences.fiscalYear()),
                text -> text.matches("25\\d\\d|26\\d\\d") ? null : Messages.Generate_badYear);
        if (year.open() != Window.OK) {
            return null;
        }
        DirectoryDialog folderDialog = new DirectoryDialog(shell);
        folderDialog.setMessage(Messages.Reports_askFolder);
        folderDialog.setFilterPath(editor.openPlan().file().getParent().toString());
        String folder = folderDialog.open();
        if (folder == null) {
            return null;
        }
        List<Path> written = new ArrayList<>();
        try {
            ReportGeneration generation =
                    new ReportGeneration(editor.openPlan(), Integer.parseInt(year.getValue()), LocalDate.now());
            new ProgressMonitorDialog(shell).run(true, true, generation.writeTo(Path.of(folder), written));
            String period = generation.period() == null
                    ? year.getValue()
                    : generation.period().getName();
            MessageDialog.openInformation(
                    shell,
                    Messages.Reports_title,
                    Messages.bind(Messages.Reports_done, new Object[] {written.size(), period, folder}));
        } catch (IllegalStateException e) {
            MessageDialog.openWarning(shell, Messages.Reports_title, e.getMessage());
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            MessageDialog.openError(
                    shell, Messages.Reports_title, Messages.bind(Messages.Reports_failed, cause.getMessage()));
        } catch (InterruptedException e) {
            MessageDialog.openInformation(
                    shell, Messages.Reports_title, Messages.bind(Messages.Reports_cancelled, written.size()));
        }
        return null;
    }
}
