/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.svg;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.phaen.diagram.description.Style;
import org.phaen.diagram.engine.NodeSizer;
import org.phaen.diagram.engine.TextMeasure;
import org.phaen.diagram.graph.Badge;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;

/**
 * Writes a laid-out graph as a standalone SVG document (UTF-8 text, Thai labels as text, no scripts): containers, then
 * edges, then nodes on top, each node with its label lines, badges and an "unaligned" marker.
 */
public final class SvgExport {

    /** The blank border around the drawing: diagram point (x, y) is at (x + MARGIN, y + MARGIN) in the SVG. */
    static final double MARGIN = 20;

    private final TextMeasure measure;
    private final NodeSizer sizer;

    public SvgExport(TextMeasure measure) {
        this.measure = measure;
        this.sizer = new NodeSizer(measure);
    }

    public String toSvg(DiagramGraph graph) {
        double width = 0, height = 0;
        for (Node n : graph.nodes()) {
            Point a = n.absolute();
            width = Math.max(width, a.x() + n.width());
            height = Math.max(height, a.y() + n.height());
        }
        StringBuilder svg =
                new StringBuilder(256 * (graph.nodes().size() + graph.edges().size()));
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(n(width + 2 * MARGIN))
                .append("\" height=\"")
                .append(n(height + 2 * MARGIN))
                .append("\" viewBox=\"0 0 ")
                .append(n(width + 2 * MARGIN))
                .append(' ')
                .append(n(height + 2 * MARGIN))
                .append("\" font-family=\"")
                .append(Xml.escape(Style.THAI_FONTS))
                .append("\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        markers(svg, graph);
        svg.append("<g transform=\"translate(")
                .append(n(MARGIN))
                .append(',')
                .append(n(MARGIN))
                .append(")\">\n");
        graph.nodes().stream().filter(Node::isContainer).forEach(c -> node(svg, c));
        graph.edges().forEach(e -> edge(svg, e));
        graph.nodes().stream().filter(x -> !x.isContainer()).forEach(x -> node(svg, x));
        return svg.append("</g>\n</svg>\n").toString();
    }

    /** One arrowhead per edge colour (markers cannot take the colour of the line that uses them in SVG 1.1). */
    private static void markers(StringBuilder svg, DiagramGraph graph) {
        Set<String> colours = new TreeSet<>();
        graph.edges().forEach(e -> colours.add(e.style().stroke()));
        svg.append("<defs>\n");
        for (String c : colours) {
            svg.append("<marker id=\"arrow-")
                    .append(markerId(c))
                    .append(
                            "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                    .append(Xml.escape(c))
                    .append("\"/></marker>\n");
        }
        svg.append("</defs>\n");
    }

    private static void edge(StringBuilder svg, Edge e) {
        if (e.route().size() < 2) {
            return;
        }
        svg.append("<polyline data-id=\"").append(Xml.escape(e.id())).append("\" fill=\"none\" points=\"");
        for (Point p : e.route()) {
            svg.append(n(p.x())).append(',').append(n(p.y())).append(' ');
        }
        svg.append("\"")
                .append(stroke(e.style()))
                .append(" marker-end=\"url(#arrow-")
                .append(markerId(e.style().stroke()))
                .append(")\"/>\n");
    }

    private void node(StringBuilder svg, Node node) {
        Point a = node.absolute();
        Style s = node.style();
        svg.append("<g data-id=\"")
                .append(Xml.escape(node.id()))
                .append("\" data-type=\"")
                .append(Xml.escape(node.mappingId()))
                .append(node.flags().isEmpty() ? "" : "\" data-flags=\"" + Xml.escape(String.join(" ", node.flags())))
                .append("\">");
        svg.append(Shapes.outline(node.shape(), a.x(), a.y(), node.width(), node.height()))
                .append(" fill=\"")
                .append(Xml.escape(s.fill()))
                .append('"')
                .append(stroke(s))
                .append("/>");
        double line = measure.lineHeight(s.fontSize());
        boolean header = node.isContainer();
        double textX = header ? a.x() + NodeSizer.PADDING : a.x() + node.width() / 2;
        svg.append("<text font-size=\"")
                .append(n(s.fontSize()))
                .append("\" fill=\"")
                .append(Xml.escape(s.textColor()))
                .append(header ? "\" font-weight=\"bold\">" : "\" text-anchor=\"middle\">");
        for (int i = 0; i < node.labelLines().size(); i++) {
            svg.append("<tspan x=\"")
                    .append(n(textX))
                    .append("\" y=\"")
                    .append(n(a.y() + NodeSizer.PADDING + (i + 0.78) * line))
                    .append("\">")
                    .append(Xml.escape(node.labelLines().get(i)))
                    .append("</tspan>");
        }
        svg.append("</text>");
        badges(svg, node, a);
        if (node.flags().contains("unaligned")) {
            svg.append("<circle cx=\"")
                    .append(n(a.x() + node.width()))
                    .append("\" cy=\"")
                    .append(n(a.y()))
                    .append("\" r=\"9\" fill=\"#d84315\"/><text x=\"")
                    .append(n(a.x() + node.width()))
                    .append("\" y=\"")
                    .append(n(a.y() + 5))
                    .append(
                            "\" font-size=\"14\" font-weight=\"bold\" fill=\"#ffffff\" text-anchor=\"middle\">!</text>");
        }
        svg.append("</g>\n");
    }

    private void badges(StringBuilder svg, Node node, Point a) {
        double x = a.x() + NodeSizer.PADDING;
        double y = a.y() + node.height() - NodeSizer.PADDING - NodeSizer.BADGE_HEIGHT;
        for (Badge b : node.badges()) {
            double w = sizer.badgeWidth(b);
            svg.append("<g data-id=\"")
                    .append(Xml.escape(b.elementId()))
                    .append("\" data-status=\"")
                    .append(Xml.escape(b.status()))
                    .append("\"><rect x=\"")
                    .append(n(x))
                    .append("\" y=\"")
                    .append(n(y))
                    .append("\" width=\"")
                    .append(n(w))
                    .append("\" height=\"")
                    .append(n(NodeSizer.BADGE_HEIGHT))
                    .append("\" rx=\"8\" fill=\"")
                    .append(Xml.escape(b.color()))
                    .append("\"/><text x=\"")
                    .append(n(x + w / 2))
                    .append("\" y=\"")
                    .append(n(y + NodeSizer.BADGE_HEIGHT - 4))
                    .append("\" font-size=\"")
                    .append(n(NodeSizer.BADGE_FONT))
                    .append("\" fill=\"#ffffff\" text-anchor=\"middle\">")
                    .append(Xml.escape(b.label()))
                    .append("</text></g>");
            x += w + NodeSizer.BADGE_GAP;
        }
    }

    private static String stroke(Style s) {
        return " stroke=\"" + Xml.escape(s.stroke()) + "\" stroke-width=\"" + n(s.strokeWidth()) + "\""
                + (s.dashed() ? " stroke-dasharray=\"6 4\"" : "");
    }

    private static String markerId(String colour) {
        return colour.replaceAll("[^A-Za-z0-9]", "");
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
