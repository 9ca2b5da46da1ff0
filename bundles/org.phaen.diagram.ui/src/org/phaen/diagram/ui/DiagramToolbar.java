/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * The diagram's toolbar above the page: fit the whole diagram, 100 %, zoom in and out, fold the selected strategic
 * issue, find by code or name.
 * The same commands have keys in the page (Ctrl+Shift+0, Ctrl+0, Ctrl+=, Ctrl+-, Ctrl+F); the tooltips say so.
 */
final class DiagramToolbar {

    private DiagramToolbar() {}

    static ToolBar create(Composite parent, DiagramView view, Runnable find) {
        ToolBar bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
        item(bar, Messages.Toolbar_fit, Messages.Toolbar_fitTip, view::fit);
        item(bar, Messages.Toolbar_actualSize, Messages.Toolbar_actualSizeTip, view::actualSize);
        item(bar, Messages.Toolbar_zoomIn, Messages.Toolbar_zoomInTip, view::zoomIn);
        item(bar, Messages.Toolbar_zoomOut, Messages.Toolbar_zoomOutTip, view::zoomOut);
        new ToolItem(bar, SWT.SEPARATOR);
        item(bar, Messages.Toolbar_fold, Messages.Toolbar_foldTip, view::toggleFold);
        item(bar, Messages.Toolbar_find, Messages.Toolbar_findTip, find);
        return bar;
    }

    private static void item(ToolBar bar, String text, String tip, Runnable action) {
        ToolItem item = new ToolItem(bar, SWT.PUSH);
        item.setText(text);
        item.setToolTipText(tip);
        item.addListener(SWT.Selection, e -> action.run());
    }
}
