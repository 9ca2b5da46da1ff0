/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.nio.file.Path;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.phaen.ui.editor.PlanEditor;

/** The plan editor that has a plan file open, if any. */
final class PlanEditors {

    private PlanEditors() {}

    static PlanEditor find(IWorkbenchPage page, Path planFile) {
        Path wanted = planFile.toAbsolutePath().normalize();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof PlanEditor editor
                    && editor.openPlan() != null // one that was declined has no plan while it closes
                    && editor.openPlan().file().toAbsolutePath().normalize().equals(wanted)) {
                return editor;
            }
        }
        return null;
    }
}
