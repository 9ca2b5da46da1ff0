/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.phaen.compare.Difference;
import org.phaen.ui.internal.edit.ItemLabelProvider;

/**
 * A compared tree's labels: the element as the plan editor labels it, then what differs in brackets
 * ({@code [changed name: "old" → "new"]}), coloured by kind; the tooltip says it line by line.
 */
final class MarkedLabels extends ColumnLabelProvider {

    private static final Color ADDED = new Color(0x1b, 0x7a, 0x2e),
            REMOVED = new Color(0xb3, 0x1b, 0x1b),
            MOVED = new Color(0x1f, 0x5f, 0xbf),
            CHANGED = new Color(0xa8, 0x55, 0x00),
            REORDERED = new Color(0x7b, 0x3f, 0xa0);

    private final ItemLabelProvider items;
    private ChangeMarks marks;

    MarkedLabels(ItemLabelProvider items) {
        this.items = items;
    }

    void show(ChangeMarks newMarks) {
        this.marks = newMarks;
    }

    @Override
    public String getText(Object element) {
        ChangeMarks.Mark mark = marks == null ? null : marks.get(element);
        String text = items.getText(element);
        return mark == null || mark.lines().isEmpty() ? text : text + "   [" + String.join("; ", mark.lines()) + "]";
    }

    @Override
    public Image getImage(Object element) {
        return items.getImage(element);
    }

    @Override
    public Color getForeground(Object element) {
        ChangeMarks.Mark mark = marks == null ? null : marks.get(element);
        return mark == null ? null : colour(mark.kind());
    }

    static Color colour(Difference.Kind kind) {
        return switch (kind) {
            case ADDED -> ADDED;
            case REMOVED -> REMOVED;
            case MOVED -> MOVED;
            case CHANGED -> CHANGED;
            case REORDERED -> REORDERED;
        };
    }

    @Override
    public String getToolTipText(Object element) {
        ChangeMarks.Mark mark = marks == null ? null : marks.get(element);
        return mark == null || mark.lines().isEmpty() ? null : String.join("\n", mark.lines());
    }

    @Override
    public void dispose() {
        items.dispose();
        super.dispose();
    }
}
