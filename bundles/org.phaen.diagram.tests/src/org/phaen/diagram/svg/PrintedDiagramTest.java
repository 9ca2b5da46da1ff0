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

/** The sample plans' diagrams on paper: labels at 8 pt or more, every node on some page, a 300 dpi PNG per page. */
class PrintedDiagramTest {

    private static DiagramGraph laidOut(String kind) throws Exception {
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.load(kind), Samples.both());
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
                double smallest = graph.nodes().stream().mapToDouble(n -> n.style().fontSize()).min().orElseThrow();
                for (PrintedDiagram.Page page : pages) {
                    assertTrue(smallest * page.scale() >= PrintedDiagram.MIN_LABEL_PT - 1e-6, kind + " " + paper + ": labels at " + smallest * page.scale() + " pt");
                    assertTrue(page.widthPt() <= paper.printableWidth() + 0.01 && page.heightPt() <= paper.printableHeight() + 0.01);
                    assertTrue(page.svg().contains("viewBox=\""), "each page shows its part of the drawing");
                    printed.addAll(PrintedDiagram.nodesOn(graph, page));
                }
                assertEquals(graph.nodes().size(), printed.size(), kind + " " + paper + ": every node on some page");
            }
        }
    }

    @Test
    void aPageAsPngAt300Dpi() throws Exception {
        PrintedDiagram.Page page = PrintedDiagram.pages(laidOut("strategy-map"), PrintedDiagram.Paper.A4_LANDSCAPE).get(0);
        byte[] png = page.png(300);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "printed-strategy-map-a4.png"), png); // to look at
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Math.ceil(page.widthPt() * 300 / 72), image.getWidth(), 1);
        assertEquals(Math.ceil(page.heightPt() * 300 / 72), image.getHeight(), 1);
    }
}
