/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** A labelled drop-down of the workspace's plan files, shared by the wizards. */
final class PlanFileChooser {

    private final Combo combo;
    private List<IFile> files = List.of();

    PlanFileChooser(Composite parent, String label, Runnable onChange) {
        new Label(parent, SWT.NONE).setText(label);
        combo = new Combo(parent, SWT.READ_ONLY);
        combo.setLayoutData(new GridData(
                SWT.FILL,
                SWT.CENTER,
                true,
                false,
                ((org.eclipse.swt.layout.GridLayout) parent.getLayout()).numColumns - 1,
                1));
        try {
            files = WorkspacePlans.files();
        } catch (CoreException e) {
            ILog.of(PlanFileChooser.class).log(e.getStatus()); // the chooser offers no plan; the log says why
            files = List.of();
        }
        files.forEach(f -> combo.add(f.getName()));
        combo.addListener(SWT.Selection, e -> onChange.run());
    }

    /** Selects the named file if it is there, else the first one. */
    void select(String name) {
        int index = name == null ? -1 : combo.indexOf(name);
        combo.select(index >= 0 ? index : files.isEmpty() ? -1 : 0);
    }

    IFile selected() {
        int index = combo.getSelectionIndex();
        return index < 0 ? null : files.get(index);
    }
}
