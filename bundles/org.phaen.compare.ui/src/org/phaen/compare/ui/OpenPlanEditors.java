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
import java.util.stream.Collectors;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.phaen.ui.editor.PlanEditor;

/**
 * The plan editors open on a compared file. A comparison reads the files and saves into them, so a plan editor open on
 * the same file would compare without its unsaved edits and later overwrite what the comparison copied: before
 * comparing, the user is asked to let those editors save and close (or to cancel), so nothing is lost either way.
 */
final class OpenPlanEditors {

    private OpenPlanEditors() {}

    /** The page's plan editors on any of the files. */
    static List<PlanEditor> on(IWorkbenchPage page, List<Path> files) {
        List<PlanEditor> open = new ArrayList<>();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof PlanEditor editor
                    && editor.openPlan() != null
                    && files.contains(editor.openPlan().file().toAbsolutePath().normalize())) {
                open.add(editor);
            }
        }
        return open;
    }

    /**
     * True when no plan editor is open on the files any more: none was, or the user agreed to save (those with unsaved
     * changes) and close them. False when the user cancelled: nothing was saved or closed.
     */
    static boolean closeFor(IWorkbenchPage page, List<Path> files, Shell shell) {
        List<PlanEditor> open = on(page, files);
        if (open.isEmpty()) {
            return true;
        }
        String names = open.stream()
                .map(editor -> editor.openPlan().file().getFileName().toString())
                .collect(Collectors.joining(", "));
        boolean unsaved = open.stream().anyMatch(PlanEditor::isDirty);
        if (!MessageDialog.openQuestion(
                shell,
                Messages.Compare_with,
                NLS.bind(unsaved ? Messages.Compare_openUnsaved : Messages.Compare_openInEditor, names))) {
            return false;
        }
        for (PlanEditor editor : open) {
            if (editor.isDirty()) {
                editor.doSave(null);
                if (editor.isDirty()) {
                    return false; // the save failed (the editor said why): compare nothing rather than lose the edits
                }
            }
            page.closeEditor(editor, false);
        }
        return true;
    }
}
