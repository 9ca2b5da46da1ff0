/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.phaen.documents.docx.DocxFlowWriter;
import org.phaen.documents.pdf.PdfFlowWriter;

/**
 * A group's title row (one cell across the table) never stands alone at the foot of a page: in the PDF it moves to
 * the next page with the row after it, wherever the table's rows happen to fall (the group is tried after 0 to 44
 * filler rows, so it meets every position on the page, the page foot included); in the DOCX its paragraphs keep with
 * the next, as Word keeps a row with the next row, and no row may split.
 */
class TableKeepTest {

    private static Table table(int fillers) {
        List<Table.Column> columns = List.of(Table.Column.auto(Table.Align.LEFT), Table.Column.auto(Table.Align.RIGHT));
        List<Table.Row> body = new ArrayList<>();
        for (int i = 0; i < fillers; i++) {
            body.add(Table.Row.texts("filler " + i, Integer.toString(i)));
        }
        body.add(Table.Row.of(List.of(Table.Cell.spanning("GROUPTITLE", 2, 1))));
        body.add(Table.Row.texts("FIRSTMEMBER", "1"));
        body.add(Table.Row.texts("member two", "2"));
        return new Table("caption", columns, List.of(Table.Row.texts("name", "n")), body, null);
    }

    private static FlowDocument document(int fillers) {
        return new FlowDocument(
                "keep",
                "KEEP",
                false,
                true,
                List.of(new Section(Section.Orientation.PORTRAIT, false, List.of(table(fillers)))));
    }

    @Test
    void theTitleRowMovesToTheNextPageWithItsFirstRowInThePdf() throws Exception {
        int crossings = 0;
        for (int fillers = 0; fillers <= 44; fillers++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfFlowWriter().write(document(fillers), out);
            try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
                int title = pageOf(pdf, "GROUPTITLE"), member = pageOf(pdf, "FIRSTMEMBER");
                assertEquals(member, title, fillers + " fillers: the title row on the page of its first row");
                if (title > 1) {
                    crossings++;
                }
            }
        }
        assertTrue(crossings > 0, "some of the tables put the group on the second page");
    }

    @Test
    void theTitleRowKeepsWithTheNextAndNoRowSplitsInTheDocx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxFlowWriter.write(document(3), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<XWPFTableRow> rows = doc.getTables().get(0).getRows();
            XWPFTableRow title = rows.get(4), member = rows.get(5);
            assertEquals("GROUPTITLE", title.getCell(0).getText());
            assertTrue(title.getCell(0).getParagraphs().stream()
                    .allMatch(p -> p.getCTP().getPPr().isSetKeepNext()));
            assertFalse(
                    member.getCell(0).getParagraphs().get(0).getCTP().getPPr().isSetKeepNext());
            assertTrue(rows.stream().allMatch(XWPFTableRow::isCantSplitRow), "no row splits");
        }
    }

    private static int pageOf(PDDocument pdf, String text) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " on no page");
    }
}
