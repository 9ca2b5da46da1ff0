/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.svg;

import org.phaen.diagram.description.Shape;

/** The SVG element (without its closing "/>") that outlines a node of the given shape and box. */
final class Shapes {

    private Shapes() {}

    static String outline(Shape shape, double x, double y, double w, double h) {
        return switch (shape) {
            case RECTANGLE -> rect(x, y, w, h, 0);
            case ROUNDED -> rect(x, y, w, h, 10);
            case ELLIPSE ->
                "<ellipse cx=\"" + SvgExport.n(x + w / 2) + "\" cy=\"" + SvgExport.n(y + h / 2) + "\" rx=\""
                        + SvgExport.n(w / 2) + "\" ry=\"" + SvgExport.n(h / 2) + "\"";
            case HEXAGON -> {
                double d = Math.min(h / 2, w / 6);
                yield "<polygon points=\"" + p(x + d, y) + p(x + w - d, y) + p(x + w, y + h / 2) + p(x + w - d, y + h)
                        + p(x + d, y + h) + p(x, y + h / 2) + "\"";
            }
        };
    }

    private static String rect(double x, double y, double w, double h, double r) {
        return "<rect x=\"" + SvgExport.n(x) + "\" y=\"" + SvgExport.n(y) + "\" width=\"" + SvgExport.n(w)
                + "\" height=\"" + SvgExport.n(h) + "\" rx=\"" + SvgExport.n(r) + "\"";
    }

    private static String p(double x, double y) {
        return SvgExport.n(x) + "," + SvgExport.n(y) + " ";
    }
}
