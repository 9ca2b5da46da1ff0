/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.phaen.documents.pdf.PdfCanvas.num;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The presentation attributes an SVG element inherits and sets (fill, stroke, widths, dashes, font size and weight,
 * text anchor), and the user-space-to-page transform of {@link SvgPainter}.
 */
record SvgStyle(
        String fill, String stroke, float strokeWidth, String dash, float fontSize, boolean bold, String anchor) {

    static final SvgStyle ROOT = new SvgStyle("#000000", "none", 1, "", 12, false, "start");

    private static final Pattern TRANSLATE = Pattern.compile("translate\\(\\s*([-0-9.eE]+)[ ,]+([-0-9.eE]+)\\s*\\)");

    /** Uniform scale and translation from user units to PDF points, y flipped. */
    record Transform(float scale, float dx, float dy) {

        float x(float u) {
            return dx + u * scale;
        }

        float y(float v) {
            return dy - v * scale;
        }

        /** This transform after an element's own {@code translate(a,b)} (the only transform diagrams use). */
        Transform then(String transform) {
            Matcher m = TRANSLATE.matcher(transform == null ? "" : transform);
            return m.find()
                    ? new Transform(scale, x(Float.parseFloat(m.group(1))), y(Float.parseFloat(m.group(2))))
                    : this;
        }
    }

    SvgStyle with(Element e) {
        return new SvgStyle(
                attr(e, "fill", fill),
                attr(e, "stroke", stroke),
                number(e, "stroke-width", strokeWidth),
                attr(e, "stroke-dasharray", dash),
                number(e, "font-size", fontSize),
                e.hasAttribute("font-weight") ? e.getAttribute("font-weight").matches("bold|[6-9]00") : bold,
                attr(e, "text-anchor", anchor));
    }

    SvgStyle unfilled() {
        return new SvgStyle("none", stroke, strokeWidth, dash, fontSize, bold, anchor);
    }

    boolean fills() {
        return rgb(fill) != null;
    }

    boolean strokes() {
        return rgb(stroke) != null && strokeWidth > 0;
    }

    /** Colour, line width and dash operators for a shape, the width scaled as the drawing is. */
    String operators(float scale) {
        StringBuilder ops = new StringBuilder();
        if (fills()) {
            ops.append(fillColour()).append(" rg ");
        }
        if (strokes()) {
            ops.append(colour(stroke))
                    .append(" RG ")
                    .append(num(strokeWidth * scale))
                    .append(" w ");
            if (!dash.isBlank() && !"none".equals(dash)) {
                StringBuilder d = new StringBuilder();
                for (String part : dash.trim().split("[ ,]+")) {
                    d.append(num(Float.parseFloat(part) * scale)).append(' ');
                }
                ops.append('[').append(d.toString().trim()).append("] 0 d ");
            }
        }
        return ops.append('\n').toString();
    }

    String fillColour() {
        return colour(fills() ? fill : "#000000");
    }

    static String colour(String value) {
        float[] c = rgb(value);
        return c == null ? "0 0 0" : num(c[0]) + " " + num(c[1]) + " " + num(c[2]);
    }

    /** {@code #rgb} or {@code #rrggbb} as fractions; {@code null} for none or what diagrams never use. */
    static float[] rgb(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("white")) {
            v = "#ffffff";
        } else if (v.equals("black")) {
            v = "#000000";
        }
        if (v.matches("#[0-9a-f]{3}")) {
            v = "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        if (!v.matches("#[0-9a-f]{6}")) {
            return null;
        }
        int rgb = Integer.parseInt(v.substring(1), 16);
        return new float[] {(rgb >> 16 & 255) / 255f, (rgb >> 8 & 255) / 255f, (rgb & 255) / 255f};
    }

    static float number(Element e, String name, float otherwise) {
        String v = e.getAttribute(name).replace("px", "").trim();
        if (v.isEmpty() || v.endsWith("%")) {
            return otherwise;
        }
        try {
            return Float.parseFloat(v);
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    /** x, y, width and height of the root's view box, else 0, 0 and its width and height. */
    static float[] viewBox(Element root) {
        String[] parts = root.getAttribute("viewBox").trim().split("[ ,]+");
        if (parts.length == 4) {
            return new float[] {
                Float.parseFloat(parts[0]),
                Float.parseFloat(parts[1]),
                Float.parseFloat(parts[2]),
                Float.parseFloat(parts[3])
            };
        }
        return new float[] {0, 0, number(root, "width", 100), number(root, "height", 100)};
    }

    private static String attr(Element e, String name, String otherwise) {
        return e.hasAttribute(name) ? e.getAttribute(name) : otherwise;
    }
}
