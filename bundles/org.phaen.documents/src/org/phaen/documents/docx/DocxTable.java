/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.math.BigInteger;
import java.util.stream.IntStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The one way Phaen writes a Word table, complete as the format wants it: a {@code w:tblGrid} with every
 * column's width (LibreOffice and pandoc size and even find tables by it), the same widths on the cells, a
 * fixed layout so no reader re-flows it, header rows repeated on every page, and no row split across pages.
 */
public final class DocxTable {

    /** Narrow cell margins (1 mm): Thai table text needs the width more than air. */
    public static final int CELL_MARGIN = 57;

    private DocxTable() {}

    /** A table of {@code headerRows + bodyRows} rows with columns {@code widths} twips wide, its cells empty. */
    public static XWPFTable create(XWPFDocument doc, int[] widths, int headerRows, int bodyRows) {
        XWPFTable table = doc.createTable(headerRows + bodyRows, widths.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(IntStream.of(widths).sum()));
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        grid(table, widths);
        for (int r = 0; r < headerRows + bodyRows; r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            row.setRepeatHeader(r < headerRows);
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(Integer.toString(widths[c]));
                row.getCell(c).getParagraphs().get(0).setStyle(DocxStyles.TABLE_TEXT);
            }
        }
        return table;
    }

    /** The paragraph after a table: Word merges tables that touch. */
    public static void end(XWPFDocument doc, int spaceAfterTwips) {
        ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, spaceAfterTwips);
    }

    private static void grid(XWPFTable table, int[] widths) {
        var ct = table.getCTTbl();
        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        CTTblPr pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    }
}
