/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.widgets.Composite;
import org.phaen.ui.internal.edit.ItemContentProvider;
import org.phaen.ui.internal.edit.ItemLabelProvider;

/** The editor's tree: the plan as its item providers describe it, renaming in place on F2 (never on a click), drag and drop. */
final class PlanTree {

    private PlanTree() {}

    static TreeViewer create(Composite parent, OpenPlan plan) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        TreeViewer viewer = new TreeViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(100));
        column.setLabelProvider(new ItemLabelProvider(plan.adapterFactory()));
        column.setEditingSupport(new NameEditing(viewer, viewer.getTree(), plan.domain()));
        TreeViewerEditor.create(
                viewer,
                new ColumnViewerEditorActivationStrategy(viewer) {
                    @Override
                    protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                        return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
                    }
                },
                ColumnViewerEditor.DEFAULT);
        viewer.getTree().addKeyListener(new KeyAdapter() {
            @Override
            public void keyReleased(KeyEvent e) {
                if (e.keyCode == SWT.F2 && viewer.getStructuredSelection().size() == 1) {
                    viewer.editElement(viewer.getStructuredSelection().getFirstElement(), 0);
                }
            }
        });
        viewer.setContentProvider(new ItemContentProvider(plan.adapterFactory()));
        viewer.setInput(plan.model().eResource());
        TreeDragAndDrop.install(viewer, plan.domain());
        TreeExpansion.expand(viewer, 3);
        return viewer;
    }
}
