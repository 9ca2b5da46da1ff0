/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.Samples;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.testing.SamplePlans;

/** The sample plans' diagrams on paper: labels at 8 pt or more, every node on some page, a 300 dpi PNG per page. */
class PrintedDiagramTest {

    private static DiagramGraph laidOut(String kind) throws Exception {
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.load(kind), SamplePlans.both());
        new ElkLayout().layout(graph, Map.of());
        return graph;
    }

    @Test
    void everyPageKeepsLabelsLegibleAndEveryNodeIsPrinted() throws Exception {
        for (String kind : List.of("strategy-map", "alignment")) {
            DiagramGraph graph = laidOut(kind);
            for (PrintedDiagram.Paper paper : PrintedDiagram.Paper.values()) {
                List<PrintedDiagram.Page> pages = PrintedDiagram.pages(graph, paper);
                Set<Node> printed = new HashSet<>();
                double smallest = graph.nodes().stream()
                        .mapToDouble(n -> n.style().fontSize())
                        .min()
                        .orElseThrow();
                for (PrintedDiagram.Page page : pages) {
                    assertTrue(
                            smallest * page.scale() >= PrintedDiagram.MIN_LABEL_PT - 1e-6,
                            kind + " " + paper + ": labels at " + smallest * page.scale() + " pt");
                    assertTrue(page.widthPt() <= paper.printableWidth() + 0.01
                            && page.heightPt() <= paper.printableHeight() + 0.01);
                    assertTrue(page.svg().contains("viewBox=\""), "each page shows its part of the drawing");
                    printed.addAll(PrintedDiagram.nodesOn(graph, page));
                }
                assertEquals(graph.nodes().size(), printed.size(), kind + " " + paper + ": every node on some page");
            }
        }
    }

    /** An area of the map (as an editor shows it) on paper: only its nodes, legible, the page's background white. */
    @Test
    void anAreaOfTheMapOnPaperShowsItsNodesLegibly() throws Exception {
        DiagramGraph graph = laidOut("strategy-map");
        Node issue = Samples.nodesOf(graph, "issue").get(0);
        double x = issue.absolute().x() - 50, y = issue.absolute().y() - 50, w = 1400, h = 800;
        for (PrintedDiagram.Paper paper : PrintedDiagram.Paper.values()) {
            List<PrintedDiagram.Page> pages = PrintedDiagram.pages(graph, paper, x, y, w, h);
            Set<Node> printed = new HashSet<>();
            for (PrintedDiagram.Page page : pages) {
                assertTrue(page.scale() * 10 >= PrintedDiagram.MIN_LABEL_PT - 1e-6, paper + ": scale " + page.scale());
                assertTrue(
                        page.svg()
                                .contains(String.format(
                                        java.util.Locale.ROOT,
                                        "<rect x=\"%.2f\"",
                                        x + 20 + page.column() * page.widthPt() / page.scale())),
                        "the white background covers the tile");
                printed.addAll(PrintedDiagram.nodesOn(graph, page));
            }
            List<Node> inside = graph.nodes().stream()
                    .filter(n -> n.absolute().x() >= x
                            && n.absolute().x() + n.width() <= x + w
                            && n.absolute().y() >= y
                            && n.absolute().y() + n.height() <= y + h)
                    .toList();
            assertTrue(inside.contains(issue));
            assertTrue(printed.containsAll(inside), paper + ": every node of the area printed");
            assertTrue(printed.size() < graph.nodes().size(), paper + ": not the whole map");
        }
    }

    @Test
    void aPageAsPngAt300Dpi() throws Exception {
        PrintedDiagram.Page page = PrintedDiagram.pages(laidOut("strategy-map"), PrintedDiagram.Paper.A4_LANDSCAPE)
                .get(0);
        byte[] png = page.png(300);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "printed-strategy-map-a4.png"), png); // to look at
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Math.ceil(page.widthPt() * 300 / 72), image.getWidth(), 1);
        assertEquals(Math.ceil(page.heightPt() * 300 / 72), image.getHeight(), 1);
    }
}
