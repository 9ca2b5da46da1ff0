/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;

/**
 * Expands a freshly filled tree to a depth, breadth first, as far as a budget of rows: a plan of a few thousand
 * objects opens expanded as before, a national one of 100,000 (77 provinces, 7,700 projects one level down) opens
 * with its first plans expanded, as many as fill a window several times, the rest collapsed until asked for.
 *
 * <p>And in time linear in the rows: SWT's GTK tree, disposing an item while nothing is selected, deselects all
 * afterwards (its workaround for Eclipse bug 489751), which hides and shows the first column again and so measures every
 * row; JFace disposes one placeholder item per node it expands, so expanding the national plan's 156 plans measured up
 * to 8,000 rows 156 times (most of its opening's time on the UI thread in a JFR profile). With the first row selected
 * in the widget alone while expanding (no selection event), the workaround does not run; the tree is left unselected
 * after, as it was.
 */
final class TreeExpansion {

    /** Rows shown at most by expanding: many windows full, a small part of a national plan's 8,000. */
    static final int ROWS = 1_000;

    private TreeExpansion() {}

    /** As {@code viewer.expandToLevel(depth)} (1: the roots alone), breadth first, within {@link #ROWS}. */
    static void expand(TreeViewer viewer, int depth) {
        Tree tree = viewer.getTree();
        boolean placeholder = tree.getItemCount() > 0 && tree.getSelectionCount() == 0;
        if (placeholder) {
            tree.setSelection(tree.getItem(0));
        }
        expandWithinBudget(viewer, depth);
        if (placeholder) {
            tree.deselectAll();
        }
    }

    private static void expandWithinBudget(TreeViewer viewer, int depth) {
        ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        Object[] roots = content.getElements(viewer.getInput());
        int rows = roots.length;
        Deque<Node> level = new ArrayDeque<>();
        for (Object root : roots) {
            level.add(new Node(root, 1));
        }
        while (!level.isEmpty()) {
            Node next = level.poll();
            Object[] children = next.depth() < depth ? content.getChildren(next.element()) : new Object[0];
            if (children.length == 0) {
                continue;
            }
            if (rows + children.length > ROWS) {
                return;
            }
            viewer.expandToLevel(next.element(), 1);
            rows += children.length;
            for (Object child : children) {
                level.add(new Node(child, next.depth() + 1));
            }
        }
    }

    private record Node(Object element, int depth) {}
}
