/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.phaen.ui.Messages;

/**
 * Before the plan editor loads a file: the other editors holding it (a comparison) are asked, through the user, to save
 * and close; the reverse of what Compare With does for a plan open in the plan editor.
 */
final class HeldPlanFiles {

    private HeldPlanFiles() {}

    /**
     * True once no other editor of the page holds the file: none did, or the user agreed and they saved (those with
     * unsaved changes) and are closing. False when the user declined or a save failed (it said why): nothing changed.
     */
    static boolean release(IWorkbenchPage page, Path file, Shell shell) {
        Path wanted = file.toAbsolutePath().normalize();
        List<PlanFileHolder> holders = new ArrayList<>();
        for (IEditorReference reference : page == null ? new IEditorReference[0] : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof PlanFileHolder holder
                    && holder.heldFiles().contains(wanted)) {
                holders.add(holder);
            }
        }
        for (PlanFileHolder holder : holders) {
            String name = file.getFileName().toString(), where = holder.getTitle();
            boolean agreed = MessageDialog.openQuestion(
                    shell,
                    Messages.Editor_title,
                    Messages.bind(holder.isDirty() ? Messages.Editor_heldUnsaved : Messages.Editor_held, name, where));
            if (agreed && holder.isDirty()) {
                holder.doSave(null); // a failed save says why itself and leaves the holder dirty
            }
            if (!agreed || holder.isDirty()) {
                return false;
            }
            // Closed once this editor is up: the holder is clean now, so it writes nothing in between.
            shell.getDisplay().asyncExec(() -> page.closeEditor(holder, false));
        }
        return true;
    }
}
