/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.phaen.documents.flow.Block;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.SampleFlow;
import org.phaen.documents.flow.Section;
import org.phaen.documents.flow.Table;

/** A flow document written as PDF and read back with PDFBox: outline, contents with page numbers, tables, pages. */
public class PdfFlowWriterTest {

    static final String ROW_UUID = "00000000-0000-4000-8000-0000000000%02d";

    /** The sample plus a long table (rows of two lines, crossing pages) and a diagram, so every long-document feature shows. */
    public static FlowDocument longDocument() {
        FlowDocument sample = SampleFlow.document("๘๕");
        List<Table.Row> rows = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> new Table.Row(
                        List.of(
                                Table.Cell.of("โครงการที่ " + i),
                                Table.Cell.of(
                                        "พัฒนาคุณภาพการจัดการเรียนรู้ของสถานศึกษาในพื้นที่ชายแดนและพื้นที่พิเศษ ปีที่ "
                                                + i + "."),
                                Table.Cell.of(i + ",000")),
                        false,
                        String.format(ROW_UUID, i)))
                .toList();
        List<Block> long1 = new ArrayList<>(List.of(
                new Heading(2, "๑.๒", "โครงการตามประเด็นยุทธศาสตร์", null),
                new Table(
                        "ตารางที่ ๒ โครงการ",
                        List.of(
                                Table.Column.auto(Table.Align.LEFT),
                                Table.Column.auto(Table.Align.LEFT),
                                Table.Column.auto(Table.Align.RIGHT)),
                        List.of(Table.Row.texts("โครงการ", "รายละเอียด", "งบประมาณ")),
                        rows,
                        null)));
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\" viewBox=\"0 0 400 200\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><g transform=\"translate(20,20)\">"
                + "<polyline fill=\"none\" points=\"120,40 220,40 \" stroke=\"#555555\" stroke-width=\"1.5\" marker-end=\"url(#a)\"/>"
                + "<rect x=\"0\" y=\"10\" width=\"120\" height=\"60\" rx=\"10\" fill=\"#e3f2fd\" stroke=\"#1565c0\" stroke-width=\"1.5\"/>"
                + "<text font-size=\"14\" fill=\"#000000\" text-anchor=\"middle\"><tspan x=\"60\" y=\"45\">วิสัยทัศน์ที่นี่</tspan></text>"
                + "<ellipse cx=\"290\" cy=\"40\" rx=\"70\" ry=\"30\" fill=\"#fff3e0\" stroke=\"#ef6c00\"/></g></svg>";
        long1.add(new Figure(
                "strategy_map", "แผนที่ยุทธศาสตร์ (ทดสอบ)", new Figure.Drawing(svg, null, 400, 200), "map-anchor"));
        List<Section> sections = new ArrayList<>(sample.sections());
        Section body = sections.get(1);
        List<Block> blocks = new ArrayList<>(body.blocks());
        blocks.addAll(long1);
        sections.set(1, Section.portrait(blocks));
        return new FlowDocument(sample.title(), sample.footerCode(), true, false, sections);
    }

    static byte[] pdf(FlowDocument document, boolean actualText) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfFlowWriter(actualText).write(document, out);
        return out.toByteArray();
    }

    /** Each page's text; {@code sorted} by position (the contents' page numbers are drawn after the entries), else as written. */
    private static List<String> pages(PDDocument doc, boolean sorted) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(sorted);
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    @Test
    void outlineNestsHeadingsUnderTheirParts() throws IOException {
        byte[] pdf = pdf(longDocument(), true);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "flow-sample.pdf"), pdf); // to look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> top = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
            assertEquals(List.of("ส่วนที่ ๑ บริบทและการวิเคราะห์", "ส่วนที่ ๓ แผนปฏิบัติการ"), top);
            PDOutlineItem part1 = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            List<String> under = new ArrayList<>();
            part1.children().forEach(i -> under.add(i.getTitle()));
            assertEquals(
                    List.of(
                            "๑.๑ ประเด็นยุทธศาสตร์ที่ ๑ การจัดการศึกษาเพื่อความมั่นคง",
                            "๑.๒ โครงการตามประเด็นยุทธศาสตร์"),
                    under);
        }
    }

    @Test
    void contentsGiveThePagesTheHeadingsLandedOn() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(longDocument(), true))) {
            List<String> pages = pages(doc, true);
            String toc = pages.get(1);
            for (String heading : List.of(
                    "ส่วนที่ ๓ แผนปฏิบัติการ", "๑.๒ โครงการตามประเด็นยุทธศาสตร์", "ส่วนที่ ๑ บริบทและการวิเคราะห์")) {
                int landed = IntStream.range(2, pages.size())
                                .filter(p -> pages.get(p).contains(heading))
                                .findFirst()
                                .orElseThrow()
                        + 1;
                String line = toc.lines()
                        .filter(l -> l.startsWith(heading))
                        .findFirst()
                        .orElseThrow();
                assertTrue(
                        line.replace(" ", "").endsWith(PdfContents.digits(landed, true)),
                        line + " should end in page " + landed);
            }
            int issuePage = doc.getDocumentCatalog()
                    .findNamedDestinationPage(new PDNamedDestination(SampleFlow.ISSUE_UUID))
                    .retrievePageNumber();
            assertTrue(pages.get(issuePage).contains("ประเด็นยุทธศาสตร์ที่ ๑"), "the issue's UUID leads to its page");
            assertTrue(doc.getPage(1).getAnnotations().size() >= 4, "contents entries are links");
        }
    }

    /** The DOCX's contents take the PDF's page numbers from the write itself, so a book is laid out once for both. */
    @Test
    void writingReturnsThePagesTheHeadingsLandedOn() throws IOException {
        FlowDocument document = longDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> written = new PdfFlowWriter().writeWithHeadingPages(document, out);
        assertEquals(new PdfFlowWriter().headingPages(document), written);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<String> pages = pages(doc, true);
            List<Heading> headings = document.blocks().stream()
                    .filter(Heading.class::isInstance)
                    .map(Heading.class::cast)
                    .toList();
            assertEquals(headings.size(), written.size());
            Heading part3 = headings.stream()
                    .filter(h -> "ส่วนที่ ๓".equals(h.number()))
                    .findFirst()
                    .orElseThrow();
            int page = written.get(headings.indexOf(part3));
            assertTrue(page > 2, "after the cover and the contents: " + page);
            assertTrue(pages.get(page - 1).contains("ส่วนที่ ๓ แผนปฏิบัติการ"), "heading on page " + page);
        }
    }

    @Test
    void tableHeadersRepeatAndRowsStayWhole() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(longDocument(), true))) {
            List<String> pages = pages(doc, false);
            List<Integer> withRows = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                String row = "พัฒนาคุณภาพการจัดการเรียนรู้ของสถานศึกษาในพื้นที่ชายแดนและพื้นที่พิเศษ ปีที่ " + i + ".";
                String flatRow = row.replaceAll("\\s", "");
                List<Integer> on = IntStream.range(0, pages.size())
                        .filter(p -> pages.get(p).replaceAll("\\s", "").contains(flatRow))
                        .boxed()
                        .toList();
                assertEquals(1, on.size(), "row " + i + " whole on exactly one page");
                withRows.add(on.get(0));
                PDNamedDestination anchor = new PDNamedDestination(String.format(ROW_UUID, i));
                assertEquals(
                        on.get(0),
                        doc.getDocumentCatalog()
                                .findNamedDestinationPage(anchor)
                                .retrievePageNumber(),
                        "row " + i);
            }
            List<Integer> tablePages = withRows.stream().distinct().toList();
            assertTrue(tablePages.size() >= 2, "the table crosses a page break: " + tablePages);
            for (int p : tablePages) {
                assertTrue(pages.get(p).contains("รายละเอียด"), "header row on page " + (p + 1));
            }
        }
    }

    @Test
    void landscapePagesFootersAndFigure() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf(longDocument(), true))) {
            int n = doc.getNumberOfPages();
            var last = doc.getPage(n - 1).getMediaBox();
            assertTrue(last.getWidth() > last.getHeight(), "Part 3 stands in landscape");
            List<String> pages = pages(doc, false);
            assertTrue(!pages.get(0).contains("หน้า"), "no footer on the cover");
            assertTrue(pages.get(2).contains("R17-SP  หน้า ๓/" + PdfContents.digits(n, true)), pages.get(2));
            assertTrue(pages.stream().anyMatch(p -> p.contains("วิสัยทัศน์ที่นี่")), "the diagram's label is text");
            assertNotNull(doc.getDocumentCatalog().findNamedDestinationPage(new PDNamedDestination("map-anchor")));
        }
    }

    @Test
    void thaiMarksSitOnTheirConsonantsOnEveryPage() throws IOException {
        assertEquals(List.of(), GlyphPositions.problems(pdf(longDocument(), false)));
    }

    @Test
    void theSameTreeGivesTheSameBytes() throws IOException {
        assertArrayEquals(pdf(longDocument(), true), pdf(longDocument(), true));
    }
}
