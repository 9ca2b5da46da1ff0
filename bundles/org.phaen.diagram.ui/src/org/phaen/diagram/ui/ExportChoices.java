/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Shell;
import org.phaen.diagram.svg.PrintedDiagram.Paper;

/** Plan > Export Diagram Image asks first: the visible area or the whole diagram, and on which landscape sheet. */
public final class ExportChoices extends Dialog {

    private boolean wholeDiagram;
    private Paper paper = Paper.A4_LANDSCAPE;

    public ExportChoices(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Diagram_export);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Group what = group(area, Messages.Export_area);
        radio(what, Messages.Export_visible, true, () -> wholeDiagram = false);
        radio(what, Messages.Export_whole, false, () -> wholeDiagram = true);
        Group sheet = group(area, Messages.Export_paper);
        radio(sheet, Messages.Export_a4, true, () -> paper = Paper.A4_LANDSCAPE);
        radio(sheet, Messages.Export_a3, false, () -> paper = Paper.A3_LANDSCAPE);
        return area;
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().applyTo(group);
        return group;
    }

    private static void radio(Composite parent, String text, boolean selected, Runnable chosen) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setSelection(selected);
        button.addListener(SWT.Selection, e -> {
            if (button.getSelection()) {
                chosen.run();
            }
        });
    }

    public boolean wholeDiagram() {
        return wholeDiagram;
    }

    public Paper paper() {
        return paper;
    }
}
