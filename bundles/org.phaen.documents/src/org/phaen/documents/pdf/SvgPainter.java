/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.phaen.documents.pdf.PdfCanvas.num;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Draws an SVG as vector graphics on a PDF page: the elements Phaen's diagrams use (groups with translations,
 * rectangles with rounded corners, ellipses, circles, polygons, polylines with their arrowheads, text with its
 * lines), labels as shaped Thai text so they stay searchable and pass the glyph-position check. The SVG's view box
 * is fitted into the box given, clipped to it.
 */
public final class SvgPainter {

    private final PdfCanvas canvas;
    private final SvgStyle.Transform base;

    private SvgPainter(PdfCanvas canvas, SvgStyle.Transform base) {
        this.canvas = canvas;
        this.base = base;
    }

    /** Paints {@code svg} scaled into the box whose lower-left corner is ({@code x}, {@code y}). */
    public static void paint(PdfCanvas canvas, String svg, float x, float y, float width, float height)
            throws IOException {
        Element root = parse(svg);
        float[] view = SvgStyle.viewBox(root);
        float scale = Math.min(width / view[2], height / view[3]);
        // SVG's y grows downwards: user point (u, v) lands at (x + (u - vx) s, top - (v - vy) s).
        SvgStyle.Transform t = new SvgStyle.Transform(scale, x - view[0] * scale, y + height + view[1] * scale);
        canvas.draw("q " + num(x) + " " + num(y) + " " + num(width) + " " + num(height) + " re W n\n");
        new SvgPainter(canvas, t).children(root, t, SvgStyle.ROOT.with(root));
        canvas.draw("Q\n");
    }

    /** Width and height of an SVG's view box, in its user units. */
    public static float[] size(String svg) throws IOException {
        float[] view = SvgStyle.viewBox(parse(svg));
        return new float[] {view[2], view[3]};
    }

    private void children(Element parent, SvgStyle.Transform t, SvgStyle style) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                element(e, t, style.with(e));
            }
        }
    }

    private void element(Element e, SvgStyle.Transform t, SvgStyle style) {
        switch (e.getLocalName() == null ? e.getTagName() : e.getLocalName()) {
            case "g", "a" -> children(e, t.then(e.getAttribute("transform")), style);
            case "rect" -> shape(SvgShapes.rect(e, t), style);
            case "ellipse", "circle" -> shape(SvgShapes.ellipse(e, t), style);
            case "polygon" -> shape(SvgShapes.points(e, t, true), style);
            case "polyline", "line" -> {
                shape(
                        e.getTagName().equals("line") ? SvgShapes.line(e, t) : SvgShapes.points(e, t, false),
                        style.unfilled());
                if (!e.getAttribute("marker-end").isEmpty()) {
                    canvas.draw(SvgShapes.arrowhead(e, t, style));
                }
            }
            case "text" -> text(e, t, style);
            default -> {
                // defs, markers, titles: nothing to draw in place
            }
        }
    }

    private void shape(String path, SvgStyle style) {
        if (path.isEmpty() || (!style.fills() && !style.strokes())) {
            return;
        }
        canvas.draw("q " + style.operators(base.scale()) + path
                + (style.fills() && style.strokes() ? "B" : style.fills() ? "f" : "S") + " Q\n");
    }

    private void text(Element text, SvgStyle.Transform t, SvgStyle style) {
        boolean lines = false;
        for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element span && "tspan".equals(span.getTagName())) {
                lines = true;
                line(
                        span.getTextContent(),
                        SvgStyle.number(span, "x", SvgStyle.number(text, "x", 0)),
                        SvgStyle.number(span, "y", SvgStyle.number(text, "y", 0)),
                        t,
                        style.with(span));
            }
        }
        if (!lines) {
            line(text.getTextContent(), SvgStyle.number(text, "x", 0), SvgStyle.number(text, "y", 0), t, style);
        }
    }

    private void line(String content, float x, float y, SvgStyle.Transform t, SvgStyle style) {
        String text = content.strip();
        if (text.isEmpty()) {
            return;
        }
        float size = style.fontSize() * t.scale();
        float width = canvas.fonts.width(text, size, style.bold());
        float left = t.x(x)
                - switch (style.anchor()) {
                    case "middle" -> width / 2;
                    case "end" -> width;
                    default -> 0;
                };
        canvas.draw("q " + style.fillColour() + " rg\n");
        canvas.text(text, left, t.y(y), size, style.bold());
        canvas.draw("Q\n");
    }

    private static Element parse(String svg) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(svg)))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the drawing's SVG could not be read: " + e.getMessage(), e);
        }
    }
}
