/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.phaen.model.resource.SafeSave;

/** Compare With > Each Other and > Last Saved Backup, on the plan files selected in the Plan Navigator. */
public abstract sealed class CompareHandler extends AbstractHandler {

    /** Two plan files: the first selected on the left. */
    public static final class EachOther extends CompareHandler {
        @Override
        PlanCompareInput input(List<Path> plans, Shell shell) {
            if (plans.size() != 2) {
                MessageDialog.openInformation(shell, Messages.Compare_with, Messages.Compare_pickTwo);
                return null;
            }
            return PlanCompareInput.eachOther(plans.get(0), plans.get(1));
        }
    }

    /** One plan file and the backup its last save kept. */
    public static final class LastSavedBackup extends CompareHandler {
        @Override
        PlanCompareInput input(List<Path> plans, Shell shell) {
            if (plans.size() != 1) {
                MessageDialog.openInformation(shell, Messages.Compare_with, Messages.Compare_pickOne);
                return null;
            }
            Path backup = SafeSave.backupOf(plans.get(0));
            if (!backup.toFile().isFile()) {
                MessageDialog.openInformation(
                        shell,
                        Messages.Compare_with,
                        NLS.bind(Messages.Compare_noBackup, plans.get(0).getFileName()));
                return null;
            }
            return PlanCompareInput.withBackup(plans.get(0), backup);
        }
    }

    abstract PlanCompareInput input(List<Path> plans, Shell shell);

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        PlanCompareInput input = input(planFiles(HandlerUtil.getCurrentSelection(event)), shell);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        if (input != null && OpenPlanEditors.closeFor(page, List.of(input.left(), input.right()), shell)) {
            try {
                page.openEditor(input, PlanCompareEditor.ID);
            } catch (PartInitException e) {
                MessageDialog.openError(shell, input.getName(), e.getMessage());
            }
        }
        return null;
    }

    /** The selected plan files, in the order selected. */
    static List<Path> planFiles(ISelection selection) {
        List<Path> plans = new ArrayList<>();
        if (selection instanceof IStructuredSelection chosen) {
            for (Object element : chosen.toList()) {
                IFile file = Adapters.adapt(element, IFile.class);
                if (file == null || !"phaen".equals(file.getFileExtension()) || file.getLocation() == null) {
                    return List.of(); // something else is selected too: not a comparison of plans
                }
                plans.add(file.getLocation().toFile().toPath());
            }
        }
        return plans;
    }
}
