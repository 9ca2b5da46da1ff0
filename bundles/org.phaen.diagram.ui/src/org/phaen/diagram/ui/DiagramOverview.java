/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.ui;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline view of a diagram: the whole diagram in small (each node a box in its fill colour) with the visible
 * area as a frame; clicking or dragging in it moves the diagram's view there, as GEF editors' overviews do.
 */
final class DiagramOverview extends Page implements IContentOutlinePage {

    private static final int MARGIN = 6;
    private final DiagramView view;
    private Canvas canvas;
    private LocalResourceManager colours;
    private double[] visible = new double[4];
    private final List<Object[]> nodes = new ArrayList<>();
    private double[] extent = {0, 0, 1, 1}; // diagram x, y, width, height shown
    private boolean pending;

    DiagramOverview(DiagramView view) {
        this.view = view;
    }

    @Override
    public void createControl(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        colours = new LocalResourceManager(JFaceResources.getResources(), canvas);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, this::moveView);
        canvas.addListener(SWT.MouseMove, e -> {
            if ((e.stateMask & SWT.BUTTON1) != 0) {
                moveView(e);
            }
        });
        refresh();
    }

    /** Reads the diagram again, once for a burst of changes (the page tells after every drawing). */
    void refresh() {
        if (canvas == null || canvas.isDisposed() || pending) {
            return;
        }
        pending = true;
        canvas.getDisplay().asyncExec(() -> {
            pending = false;
            if (!canvas.isDisposed() && view.overview(visible, nodes)) {
                extent = extent();
                canvas.redraw();
            }
        });
    }

    /** The nodes' extent and the visible area together, so the frame is always in the picture. */
    private double[] extent() {
        double left = visible[0], top = visible[1], right = visible[0] + visible[2], bottom = visible[1] + visible[3];
        for (Object[] n : nodes) {
            left = Math.min(left, number(n[0]));
            top = Math.min(top, number(n[1]));
            right = Math.max(right, number(n[0]) + number(n[2]));
            bottom = Math.max(bottom, number(n[1]) + number(n[3]));
        }
        return new double[] {left, top, Math.max(1, right - left), Math.max(1, bottom - top)};
    }

    private double scale() {
        Rectangle area = canvas.getClientArea();
        return Math.min((area.width - 2.0 * MARGIN) / extent[2], (area.height - 2.0 * MARGIN) / extent[3]);
    }

    private void paint(GC gc) {
        double scale = scale();
        for (Object[] n : nodes) {
            gc.setBackground(colours.create(ColorDescriptor.createFrom(rgb(String.valueOf(n[4])))));
            gc.fillRectangle(
                    x(number(n[0]), scale),
                    y(number(n[1]), scale),
                    Math.max(1, (int) (number(n[2]) * scale)),
                    Math.max(1, (int) (number(n[3]) * scale)));
        }
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_RED));
        gc.setLineWidth(2);
        gc.drawRectangle(
                x(visible[0], scale), y(visible[1], scale), (int) (visible[2] * scale), (int) (visible[3] * scale));
    }

    /** The frame's centre goes where the user clicked or dragged. */
    private void moveView(Event e) {
        double scale = scale();
        if (scale > 0) {
            double x = extent[0] + (e.x - MARGIN) / scale - visible[2] / 2;
            double y = extent[1] + (e.y - MARGIN) / scale - visible[3] / 2;
            view.scrollTo(x, y);
        }
    }

    private int x(double diagramX, double scale) {
        return MARGIN + (int) Math.round((diagramX - extent[0]) * scale);
    }

    private int y(double diagramY, double scale) {
        return MARGIN + (int) Math.round((diagramY - extent[1]) * scale);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static RGB rgb(String hex) {
        try {
            int value = Integer.parseInt(hex.replace("#", ""), 16);
            return new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
        } catch (NumberFormatException e) {
            return new RGB(0xdd, 0xdd, 0xdd);
        }
    }

    /** The visible area in diagram coordinates, as last read (x, y, width, height). */
    double[] visibleArea() {
        return visible.clone();
    }

    @Override
    public Control getControl() {
        return canvas;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // the overview selects nothing
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // the overview selects nothing
    }

    @Override
    public void setSelection(ISelection selection) {
        // the overview selects nothing
    }
}
