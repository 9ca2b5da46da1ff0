/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.book.strategic.AnnexPart;
import org.phaen.book.strategic.StrategicBook;
import org.phaen.diagram.svg.PrintedDiagram;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.Section;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;

/**
 * The strategic book's annex shows the strategy map and the alignment diagram drawn by the diagram engine: on
 * landscape pages, each page of a diagram within the printable area, the strategy map of the plan itself (its issues,
 * not the higher plans'), the alignment diagram with the plans it aligns to; vector SVG in the PDF and HTML, a 300 dpi
 * PNG in the DOCX.
 */
class BookAnnexDiagramsTest {

    private static StrategicPlan plan;
    private static FlowDocument book;

    @BeforeAll
    static void write() throws Exception {
        plan = Samples.regional();
        book = StrategicBook.of(plan, BookOptions.strategic());
    }

    private static List<Figure> figures(String slot) {
        return book.sections().stream()
                .filter(Section::landscape)
                .flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Figure f && f.slot().equals(slot))
                .map(Figure.class::cast)
                .toList();
    }

    @Test
    void theStrategyMapShowsThePlansIssuesAndNotTheHigherPlans() {
        List<Figure> map = figures(AnnexPart.STRATEGY_MAP);
        assertFalse(map.isEmpty(), "the strategy map stands on landscape pages");
        String svg = String.join("\n", map.stream().map(f -> f.drawing().svg()).toList());
        for (StrategicIssue issue : plan.getStrategicIssues()) {
            assertTrue(svg.contains(issue.getCode()), issue.getCode());
        }
        assertTrue(svg.contains("PLK62-"), "the provincial projects implementing the regional strategies");
        assertFalse(svg.contains("NS20"), "the national strategy has its own map");
        assertFalse(svg.contains("PLK-I1"), "nor has the provincial plan a place in the regional map");
        // The provinces' plan files beside the region's give its strategies the badges the editor shows.
        assertTrue(
                svg.matches("(?s).*>[1-9]\\d* จังหวัด · \\d+ โครงการ<.*"),
                "a regional strategy's badge counts the provinces aligned to it");
        PrintedDiagram.Paper paper = PrintedDiagram.Paper.A4_LANDSCAPE;
        for (Figure f : map) {
            assertTrue(
                    f.drawing().widthPt() <= paper.printableWidth() + 0.01
                            && f.drawing().heightPt() <= paper.printableHeight(),
                    f.toString());
        }
    }

    @Test
    void theAlignmentDiagramShowsThePlanWithThePlansItAlignsTo() {
        List<Figure> alignment = figures(AnnexPart.ALIGNMENT);
        assertFalse(alignment.isEmpty());
        String svg =
                String.join("\n", alignment.stream().map(f -> f.drawing().svg()).toList());
        for (String code : List.of("R17-SP", "R17-I1", "NS20", "MOE-POL-62")) {
            assertTrue(svg.contains(code), code);
        }
        assertFalse(svg.contains("PLK-EDP"), "plans aligned to this one are theirs to show");
    }

    @Test
    void theDocxCarriesEachPageAsA300DpiPictureAndThePdfAndHtmlAsVectors() throws Exception {
        int pages = figures(AnnexPart.STRATEGY_MAP).size()
                + figures(AnnexPart.ALIGNMENT).size();
        try (XWPFDocument docx = Samples.written(book, "R17-SP")) {
            List<XWPFPictureData> pictures = docx.getAllPictures();
            assertEquals(pages, pictures.size(), "a picture per printed page of the diagrams");
            Figure first = figures(AnnexPart.STRATEGY_MAP).get(0);
            BufferedImage image =
                    ImageIO.read(new ByteArrayInputStream(pictures.get(0).getData()));
            assertEquals(first.drawing().widthPt() * 300 / 72, image.getWidth(), 2, "300 dpi");
        }
        byte[] pdf = Samples.bytes(book, BookFormat.PDF);
        Path dir = Files.createDirectories(Path.of("target", "books"));
        Files.write(dir.resolve("R17-SP.pdf"), pdf); // to render and look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int images = 0;
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertEquals(0, images, "the diagrams are drawn as vectors, no picture in the PDF");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(
                    text.contains("R17-I1") && text.contains("MOE-POL-62"), "the diagrams' labels are text in the PDF");
        }
        String html = new String(Samples.bytes(book, BookFormat.HTML), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(pages, html.split("<figure class=\"(strategy_map|alignment)\"", -1).length - 1);
        assertTrue(html.contains("<svg"), "inline SVG");
        Files.writeString(dir.resolve("R17-SP.html"), html);
    }
}
