/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import java.util.List;
import java.util.TreeSet;

/**
 * Parts placed in rows in their order (reading order: the plan's first issue top left), each row filled up to a width
 * chosen so that the whole, with a column of {@code leftWidth} before it, is drawn largest in a view of the aspect
 * ratio asked for (the narrowest such rows).
 * Parts in a row are top-aligned, {@code spacing} apart; rows are {@code spacing} apart.
 *
 * @param x each part's left, from the rows' left
 * @param y each part's row's top, from the first row's top
 */
record PartRows(double[] x, double[] y, double width, double height) {

    private static final int MANY = 150;

    static PartRows pack(List<Part> parts, double spacing, double aspectRatio, double leftWidth, double leftHeight) {
        PartRows best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (double rowWidth : rowWidths(parts, spacing)) {
            PartRows rows = fill(parts, spacing, rowWidth);
            double score = Part.extent(leftWidth + rows.width(), Math.max(leftHeight, rows.height()), aspectRatio);
            if (score < bestScore - 1e-6) {
                best = rows;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The widths a row can take: those of runs of consecutive parts (the narrowest first); of many parts, only the
     * runs from the first (the tries grow with the cube of the parts).
     */
    private static TreeSet<Double> rowWidths(List<Part> parts, double spacing) {
        TreeSet<Double> widths = new TreeSet<>();
        double widest = parts.stream().mapToDouble(Part::width).max().orElse(0);
        for (int i = 0; i < (parts.size() > MANY ? 1 : parts.size()); i++) {
            double run = -spacing;
            for (int j = i; j < parts.size(); j++) {
                run += parts.get(j).width() + spacing;
                if (run >= widest) {
                    widths.add(run);
                }
            }
        }
        return widths;
    }

    private static PartRows fill(List<Part> parts, double spacing, double rowWidth) {
        double[] x = new double[parts.size()], y = new double[parts.size()];
        double left = 0, top = 0, rowHeight = 0, width = 0;
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            if (left > 0 && left + part.width() > rowWidth + 1e-6) {
                top += rowHeight + spacing;
                left = 0;
                rowHeight = 0;
            }
            x[i] = left;
            y[i] = top;
            width = Math.max(width, left + part.width());
            rowHeight = Math.max(rowHeight, part.height());
            left += part.width() + spacing;
        }
        return new PartRows(x, y, width, top + rowHeight);
    }
}
