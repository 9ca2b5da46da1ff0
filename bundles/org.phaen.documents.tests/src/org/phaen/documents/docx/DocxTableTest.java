/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.phaen.documents.Wording;

/** The shared table writer, styles and footer, written with POI and read back from the bytes. */
class DocxTableTest {

    private static XWPFDocument written() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = ThaiRuns.document()) {
            DocxFooter.write(doc, "KPI-2562", Wording.THAI);
            XWPFTable table = DocxTable.create(doc, new int[] {1000, 6071, 2000}, 1, 3);
            ThaiRuns.run(table.getRow(0).getCell(1).getParagraphs().get(0), "ตัวชี้วัด", 14, true);
            DocxTable.end(doc, 0);
            doc.write(out);
        }
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void completeTable() throws IOException {
        try (XWPFDocument doc = written()) {
            XWPFTable table = doc.getTables().get(0);
            var grid = table.getCTTbl().getTblGrid().getGridColList();
            assertEquals(
                    List.of(1000L, 6071L, 2000L),
                    grid.stream().map(g -> ((BigInteger) g.getW()).longValue()).toList());
            assertEquals(
                    STTblLayoutType.FIXED,
                    table.getCTTbl().getTblPr().getTblLayout().getType());
            assertEquals(9071, table.getWidth());
            assertTrue(table.getRow(0).isRepeatHeader());
            for (int r = 0; r < 4; r++) {
                assertTrue(table.getRow(r).isCantSplitRow(), "row " + r);
                assertEquals(r == 0, table.getRow(r).isRepeatHeader(), "row " + r);
                assertEquals(6071, table.getRow(r).getCell(1).getWidth());
                assertEquals(
                        DocxStyles.TABLE_TEXT,
                        table.getRow(r).getCell(1).getParagraphs().get(0).getStyle());
            }
        }
    }

    @Test
    void namedStylesInTheThaiGovernmentFont() throws IOException {
        try (XWPFDocument doc = written()) {
            var normal = doc.getStyles().getStyle(DocxStyles.NORMAL).getCTStyle();
            assertEquals(ThaiRuns.FONT, normal.getRPr().getRFontsArray(0).getCs());
            assertEquals(BigInteger.valueOf(32), normal.getRPr().getSzCsArray(0).getVal());
            var heading = doc.getStyles().getStyle(DocxStyles.HEADING_1).getCTStyle();
            assertEquals(BigInteger.ZERO, heading.getPPr().getOutlineLvl().getVal());
            assertEquals(DocxStyles.NORMAL, heading.getBasedOn().getVal());
            assertEquals(
                    BigInteger.valueOf(28),
                    doc.getStyles()
                            .getStyle(DocxStyles.TABLE_TEXT)
                            .getCTStyle()
                            .getRPr()
                            .getSzCsArray(0)
                            .getVal());
        }
    }

    /** Arabic page fields even for Thai-numeral documents: LibreOffice draws ThaiArabic as Thai letters. */
    @Test
    void footerWithCodeAndArabicPageFields() throws IOException {
        try (XWPFDocument doc = written()) {
            var p = doc.getFooterList().get(0).getParagraphs().get(0);
            assertTrue(p.getText().startsWith("KPI-2562  หน้า "), p.getText());
            assertEquals(
                    List.of("PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"),
                    p.getCTP().getFldSimpleList().stream()
                            .map(f -> f.getInstr())
                            .toList());
        }
    }
}
