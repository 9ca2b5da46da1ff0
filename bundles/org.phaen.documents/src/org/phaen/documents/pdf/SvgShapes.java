/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.phaen.documents.pdf.PdfCanvas.num;

import org.w3c.dom.Element;

/** SVG shapes as PDF path operators on the page, through a {@link SvgStyle.Transform}. */
final class SvgShapes {

    /** How far a Bézier control point sits to draw a quarter circle. */
    private static final float KAPPA = 0.5523f;

    private SvgShapes() {}

    static String rect(Element e, SvgStyle.Transform t) {
        if (e.getAttribute("width").endsWith("%")) {
            return ""; // a background filling the drawing: the page is white already
        }
        float x = SvgStyle.number(e, "x", 0), y = SvgStyle.number(e, "y", 0);
        float w = SvgStyle.number(e, "width", 0), h = SvgStyle.number(e, "height", 0);
        float r = Math.min(SvgStyle.number(e, "rx", SvgStyle.number(e, "ry", 0)), Math.min(w, h) / 2);
        if (r <= 0) {
            return num(t.x(x)) + " " + num(t.y(y + h)) + " " + num(w * t.scale()) + " " + num(h * t.scale()) + " re ";
        }
        float k = r * (1 - KAPPA);
        StringBuilder p = new StringBuilder();
        move(p, t, x + r, y);
        to(p, t, x + w - r, y);
        curve(p, t, x + w - k, y, x + w, y + k, x + w, y + r);
        to(p, t, x + w, y + h - r);
        curve(p, t, x + w, y + h - k, x + w - k, y + h, x + w - r, y + h);
        to(p, t, x + r, y + h);
        curve(p, t, x + k, y + h, x, y + h - k, x, y + h - r);
        to(p, t, x, y + r);
        curve(p, t, x, y + k, x + k, y, x + r, y);
        return p.append("h ").toString();
    }

    static String ellipse(Element e, SvgStyle.Transform t) {
        float cx = SvgStyle.number(e, "cx", 0), cy = SvgStyle.number(e, "cy", 0);
        float rx = SvgStyle.number(e, "rx", SvgStyle.number(e, "r", 0)),
                ry = SvgStyle.number(e, "ry", SvgStyle.number(e, "r", 0));
        float kx = rx * KAPPA, ky = ry * KAPPA;
        StringBuilder p = new StringBuilder();
        move(p, t, cx + rx, cy);
        curve(p, t, cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        curve(p, t, cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        curve(p, t, cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        curve(p, t, cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        return p.append("h ").toString();
    }

    static String points(Element e, SvgStyle.Transform t, boolean closed) {
        float[] xy = coordinates(e.getAttribute("points"));
        StringBuilder p = new StringBuilder();
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (i == 0) {
                move(p, t, xy[i], xy[i + 1]);
            } else {
                to(p, t, xy[i], xy[i + 1]);
            }
        }
        return xy.length < 4 ? "" : p.append(closed ? "h " : "").toString();
    }

    static String line(Element e, SvgStyle.Transform t) {
        StringBuilder p = new StringBuilder();
        move(p, t, SvgStyle.number(e, "x1", 0), SvgStyle.number(e, "y1", 0));
        to(p, t, SvgStyle.number(e, "x2", 0), SvgStyle.number(e, "y2", 0));
        return p.toString();
    }

    /** A filled triangle at the end of a polyline, pointing along its last segment, in the line's colour. */
    static String arrowhead(Element e, SvgStyle.Transform t, SvgStyle style) {
        float[] xy = coordinates(
                e.hasAttribute("points")
                        ? e.getAttribute("points")
                        : e.getAttribute("x1") + " " + e.getAttribute("y1") + " " + e.getAttribute("x2") + " "
                                + e.getAttribute("y2"));
        if (xy.length < 4) {
            return "";
        }
        int n = xy.length;
        float ex = xy[n - 2], ey = xy[n - 1];
        double angle = Math.atan2(ey - xy[n - 3], ex - xy[n - 4]);
        float length = 7 * Math.max(1, style.strokeWidth()), half = length * 0.5f;
        float bx = (float) (ex - length * Math.cos(angle)), by = (float) (ey - length * Math.sin(angle));
        float nx = (float) (-Math.sin(angle) * half), ny = (float) (Math.cos(angle) * half);
        StringBuilder p =
                new StringBuilder("q ").append(SvgStyle.colour(style.stroke())).append(" rg ");
        move(p, t, ex, ey);
        to(p, t, bx + nx, by + ny);
        to(p, t, bx - nx, by - ny);
        return p.append("h f Q\n").toString();
    }

    private static float[] coordinates(String list) {
        String[] parts = list.trim().split("[ ,]+");
        if (parts.length == 1 && parts[0].isEmpty()) {
            return new float[0];
        }
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Float.parseFloat(parts[i]);
        }
        return out;
    }

    private static void move(StringBuilder p, SvgStyle.Transform t, float x, float y) {
        p.append(num(t.x(x))).append(' ').append(num(t.y(y))).append(" m ");
    }

    private static void to(StringBuilder p, SvgStyle.Transform t, float x, float y) {
        p.append(num(t.x(x))).append(' ').append(num(t.y(y))).append(" l ");
    }

    private static void curve(
            StringBuilder p, SvgStyle.Transform t, float x1, float y1, float x2, float y2, float x3, float y3) {
        p.append(num(t.x(x1)))
                .append(' ')
                .append(num(t.y(y1)))
                .append(' ')
                .append(num(t.x(x2)))
                .append(' ')
                .append(num(t.y(y2)))
                .append(' ')
                .append(num(t.x(x3)))
                .append(' ')
                .append(num(t.y(y3)))
                .append(" c ");
    }
}
