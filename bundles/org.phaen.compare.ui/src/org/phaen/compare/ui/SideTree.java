/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.phaen.model.PlanModel;
import org.phaen.ui.internal.edit.ItemContentProvider;
import org.phaen.ui.internal.edit.ItemLabelProvider;

/** One side of a comparison: which file it is, above the plan's tree with the differences marked. */
final class SideTree {

    private final TreeViewer viewer;
    private final MarkedLabels labels;
    private final PlanModel model;

    SideTree(Composite parent, String heading, PlanModel model, ComparedPlans plans) {
        this.model = model;
        Composite side = new Composite(parent, SWT.NONE);
        side.setLayout(new GridLayout(1, false));
        Label title = new Label(side, SWT.WRAP);
        title.setText(heading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Composite holder = new Composite(side, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        viewer = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(100));
        labels = new MarkedLabels(new ItemLabelProvider(plans.adapterFactory()));
        column.setLabelProvider(labels);
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new ItemContentProvider(plans.adapterFactory()));
        viewer.setInput(model.eResource());
        viewer.expandToLevel(3);
    }

    /** Marks the differences (after every copy, undo and redo). */
    void show(ChangeMarks marks) {
        labels.show(marks);
        viewer.refresh();
    }

    /** Selects and shows the element when it is one of this side's; null selects nothing. */
    void reveal(EObject element) {
        viewer.setSelection(
                element != null && element.eResource() == model.eResource()
                        ? new StructuredSelection(element)
                        : StructuredSelection.EMPTY,
                true);
    }

    TreeViewer viewer() {
        return viewer;
    }
}
