/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.properties;

import org.eclipse.swt.events.ControlListener;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The property table's two columns sized to the view whenever it changes size or rows: the names as wide as the
 * widest name (at most two fifths of the view), the values all the rest. The platform's table sizes them once, at the
 * first size it gets (often a small one while the tabbed page is built), and keeps that, cutting values.
 */
final class PropertyColumns {

    /** Room beside a name's text: the cell's margins, and the expander of a row with children. */
    private static final int NAME_MARGIN = 16;

    private static final int MIN_NAME_WIDTH = 80;

    private PropertyColumns() {}

    /** Keeps the tree's columns fitted to it from now on. */
    static void follow(Tree tree) {
        tree.addControlListener(ControlListener.controlResizedAdapter(e -> fit(tree)));
    }

    /** Fits the columns to the tree's present width and rows. */
    static void fit(Tree tree) {
        TreeColumn[] columns = tree.getColumns();
        Rectangle area = tree.getClientArea();
        if (tree.isDisposed() || columns.length < 2 || area.width <= 0) {
            return;
        }
        int names = Math.max(MIN_NAME_WIDTH, Math.min(widestName(tree), area.width * 2 / 5));
        columns[0].setWidth(names);
        columns[1].setWidth(area.width - names);
    }

    /** The width the name column needs to show every name of the rows shown, indentation included. */
    private static int widestName(Tree tree) {
        GC gc = new GC(tree);
        try {
            int widest = 0;
            for (TreeItem item : tree.getItems()) {
                widest = Math.max(widest, widestName(item, gc));
            }
            return widest;
        } finally {
            gc.dispose();
        }
    }

    private static int widestName(TreeItem item, GC gc) {
        // The cell's left edge carries the row's indentation (getBounds is relative to the tree, like the column).
        int indent = Math.max(0, item.getBounds(0).x);
        int widest = indent + gc.textExtent(item.getText(0)).x + NAME_MARGIN;
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                widest = Math.max(widest, widestName(child, gc));
            }
        }
        return widest;
    }
}
