/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A labelled path field with a Browse button opening a file dialog for the given extensions (three columns). */
final class FileField {

    final Text text;
    private String[] extensions;

    FileField(Composite parent, String label, String browse, int style, Runnable onChange) {
        new Label(parent, SWT.NONE).setText(label);
        text = new Text(parent, SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.addListener(SWT.Modify, e -> onChange.run());
        Button button = new Button(parent, SWT.PUSH);
        button.setText(browse);
        button.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), style);
            dialog.setFilterExtensions(extensions);
            dialog.setOverwrite(style == SWT.SAVE);
            String chosen = dialog.open();
            if (chosen != null) {
                text.setText(chosen);
            }
        });
    }

    void extensions(String... patterns) {
        this.extensions = patterns;
    }

    String path() {
        return text.getText().strip();
    }
}
