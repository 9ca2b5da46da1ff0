/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.svg;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phaen.diagram.engine.FontTextMeasure;
import org.phaen.diagram.engine.NodeSizer;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Node;

/**
 * A laid-out diagram on paper, legible at print size: scaled to fit the printable area when its smallest labels stay
 * at {@link #MIN_LABEL_PT} or more, else printed at the scale that keeps them there and split into pages of tiles
 * (left to right, top to bottom). Each page is an SVG sized in points, for the PDF (drawn as vector graphics), the
 * HTML page (inline) and, as a PNG at 300 dpi, the DOCX. The plan book's annex and the workbench's Export Diagram
 * Image at A4/A3 use it.
 */
public final class PrintedDiagram {

    /** The smallest label size on paper, in points. */
    public static final double MIN_LABEL_PT = 8;

    private static final Pattern ROOT = Pattern.compile("<svg [^>]*>");
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)\"");
    private static final double CM = 28.3465;

    /** A sheet and its printable area in points (the official margins: 3 cm binding side, 2 cm elsewhere, 2.5 cm top). */
    public enum Paper {
        A4_LANDSCAPE(841.89, 595.28),
        A3_LANDSCAPE(1190.55, 841.89);
        public final double width, height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double printableWidth() {
            return width - 5 * CM;
        }

        /** The height less the margins and two caption lines. */
        public double printableHeight() {
            return height - 4.5 * CM - 2 * 14 * 1.3;
        }
    }

    /** One page: its SVG ({@code widthPt} by {@code heightPt} points), the scale applied and where the tile sits. */
    public record Page(
            String svg, double widthPt, double heightPt, double scale, int row, int column, int rows, int columns) {

        /** The page as a PNG at {@code dpi} dots per inch (300 for print). */
        public byte[] png(int dpi) throws IOException {
            return PngExport.toPng(svg, dpi / 72.0);
        }
    }

    private PrintedDiagram() {}

    public static List<Page> pages(DiagramGraph graph, Paper paper) {
        return pages(graph, paper.printableWidth(), paper.printableHeight());
    }

    /** The pages of {@code graph} within an area of {@code width} by {@code height} points. */
    public static List<Page> pages(DiagramGraph graph, double width, double height) {
        String svg = svgOf(graph);
        Matcher root = root(svg);
        return pages(
                graph,
                svg,
                root,
                0,
                0,
                attribute(root.group(), "width"),
                attribute(root.group(), "height"),
                width,
                height);
    }

    /**
     * The pages of the part of {@code graph} in the box ({@code x}, {@code y}, {@code w}, {@code h}) in diagram
     * coordinates, such as the area an editor shows, on {@code paper}: one page if its labels stay legible, else tiles.
     */
    public static List<Page> pages(DiagramGraph graph, Paper paper, double x, double y, double w, double h) {
        String svg = svgOf(graph);
        return pages(
                graph,
                svg,
                root(svg),
                x + SvgExport.MARGIN,
                y + SvgExport.MARGIN,
                w,
                h,
                paper.printableWidth(),
                paper.printableHeight());
    }

    private static String svgOf(DiagramGraph graph) {
        return new SvgExport(FontTextMeasure.sarabun()).toSvg(graph);
    }

    private static Matcher root(String svg) {
        Matcher root = ROOT.matcher(svg);
        if (!root.find()) {
            throw new IllegalStateException("the diagram's SVG has no root element");
        }
        return root;
    }

    /** The box ({@code bx}, {@code by}, {@code w}, {@code h}) of the SVG's user space on pages of {@code width} by {@code height} points. */
    private static List<Page> pages(
            DiagramGraph graph,
            String svg,
            Matcher root,
            double bx,
            double by,
            double w,
            double h,
            double width,
            double height) {
        double smallest = graph.nodes().stream()
                .mapToDouble(n -> n.style().fontSize())
                .min()
                .orElse(12);
        if (graph.nodes().stream().anyMatch(n -> !n.badges().isEmpty())) {
            smallest = Math.min(smallest, NodeSizer.BADGE_FONT);
        }
        double fit = Math.min(width / w, height / h);
        double legible = MIN_LABEL_PT / smallest;
        List<Page> pages = new ArrayList<>();
        if (fit >= legible) {
            pages.add(new Page(resized(svg, root, bx, by, w, h, w * fit, h * fit), w * fit, h * fit, fit, 0, 0, 1, 1));
            return pages;
        }
        double tileW = width / legible, tileH = height / legible;
        int columns = (int) Math.ceil(w / tileW - 1e-9), rows = (int) Math.ceil(h / tileH - 1e-9);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                pages.add(new Page(
                        resized(svg, root, bx + c * tileW, by + r * tileH, tileW, tileH, width, height),
                        width,
                        height,
                        legible,
                        r,
                        c,
                        rows,
                        columns));
            }
        }
        return pages;
    }

    /** The SVG showing the user-space box ({@code x}, {@code y}, {@code w}, {@code h}) on {@code widthPt} by {@code heightPt} points. */
    private static String resized(
            String svg, Matcher root, double x, double y, double w, double h, double widthPt, double heightPt) {
        String tag = root.group().replaceAll(" (width|height|viewBox)=\"[^\"]*\"", "");
        tag = tag.substring(0, 4)
                + String.format(
                        Locale.ROOT,
                        " width=\"%.2f\" height=\"%.2f\" viewBox=\"%.2f %.2f %.2f %.2f\"",
                        widthPt,
                        heightPt,
                        x,
                        y,
                        w,
                        h)
                + tag.substring(4);
        // SvgExport's white background covers the view box from (0, 0): the tile's own, so no part of a page is
        // transparent.
        String rest = svg.substring(root.end())
                .replaceFirst(
                        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>",
                        String.format(
                                Locale.ROOT,
                                "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"#ffffff\"/>",
                                x,
                                y,
                                w,
                                h));
        return svg.substring(0, root.start()) + tag + rest;
    }

    private static double attribute(String tag, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"([0-9.]+)").matcher(tag);
        return m.find() ? Double.parseDouble(m.group(1)) : 100;
    }

    /** The nodes a page shows at least in part (for captions and tests): those within its view box. */
    public static List<Node> nodesOn(DiagramGraph graph, Page page) {
        Matcher box = VIEW_BOX.matcher(page.svg());
        if (!box.find()) {
            return List.of();
        }
        double x0 = Double.parseDouble(box.group(1)), y0 = Double.parseDouble(box.group(2));
        double tileW = Double.parseDouble(box.group(3)), tileH = Double.parseDouble(box.group(4));
        return graph.nodes().stream()
                .filter(n -> {
                    double nx = n.absolute().x() + SvgExport.MARGIN,
                            ny = n.absolute().y() + SvgExport.MARGIN;
                    return nx < x0 + tileW && nx + n.width() > x0 && ny < y0 + tileH && ny + n.height() > y0;
                })
                .toList();
    }
}
