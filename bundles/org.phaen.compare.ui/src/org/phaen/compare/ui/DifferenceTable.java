/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.ui;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.phaen.compare.DiffText;
import org.phaen.compare.Difference;
import org.phaen.compare.ElementNames;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.Words;

/** Every difference of the comparison, a row each: its kind, the element (kind, code and name) and what changed. */
final class DifferenceTable {

    private final TableViewer viewer;
    private final Words words;
    private final ElementNames names;
    private final DiffText text;

    DifferenceTable(Composite parent, Words words) {
        this.words = words;
        this.names = new ElementNames(words);
        this.text = new DiffText(words);
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, Messages.Compare_kindColumn, 12, d -> ChangeMarks.word(words, d.kind()));
        column(layout, Messages.Compare_elementColumn, 40, d -> names.of(element(d)));
        column(layout, Messages.Compare_changeColumn, 48, this::change);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    private void column(
            TableColumnLayout layout, String title, int weight, java.util.function.Function<Difference, String> cell) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object row) {
                return cell.apply((Difference) row);
            }

            @Override
            public Color getForeground(Object row) {
                return MarkedLabels.colour(((Difference) row).kind());
            }
        });
    }

    /** The element a difference is about, in the version that has it (the new one when both do). */
    static org.eclipse.emf.ecore.EObject element(Difference difference) {
        return switch (difference) {
            case Difference.Added added -> added.element();
            case Difference.Removed removed -> removed.element();
            case Difference.Changed changed -> changed.after();
            case Difference.Moved moved -> moved.after();
            case Difference.Reordered reordered -> reordered.after();
        };
    }

    private String change(Difference difference) {
        return switch (difference) {
            case Difference.Changed changed -> text.change(changed);
            case Difference.Moved moved ->
                words.text(
                        "movedTo",
                        names.of(moved.before().eContainer()),
                        names.of(moved.after().eContainer()));
            case Difference.Reordered reordered -> words.text("order", words.feature(reordered.feature()));
            case Difference.Added added ->
                added.element().eContainer() == null
                        ? ""
                        : words.text("into", names.of(added.element().eContainer()));
            case Difference.Removed removed ->
                removed.element().eContainer() == null
                        ? ""
                        : words.text("from", names.of(removed.element().eContainer()));
        };
    }

    void show(PlanComparison comparison) {
        viewer.setInput(comparison.differences());
    }

    /** The difference selected, or null. */
    Difference selected() {
        return (Difference) viewer.getStructuredSelection().getFirstElement();
    }

    TableViewer viewer() {
        return viewer;
    }
}
