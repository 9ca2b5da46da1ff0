/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.phaen.documents.docx.ColumnWidths;
import org.phaen.documents.docx.ColumnWidths.Need;
import org.phaen.documents.docx.DocxTable;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Tone;

/**
 * A report table in Word through the shared {@link DocxTable} (grid, repeated shaded header, rows kept whole), its
 * columns sized from their texts measured with the real font, so no Thai word and no number is split.
 */
final class DocxTables {

    private static final int PT = ThaiRuns.SMALL_PT;
    private static final String HEADER_FILL = "EEEEEE";

    private DocxTables() {}

    static void write(XWPFDocument doc, Block.Table t, int textWidth) {
        XWPFTable table =
                DocxTable.create(doc, widths(t, textWidth), 1, t.rows().size());
        for (int c = 0; c < t.columns().size(); c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            cell.setColor(HEADER_FILL);
            fill(cell, t.columns().get(c), true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell value = cells.get(c);
                XWPFTableCell cell = table.getRow(r + 1).getCell(c);
                if (value.tone() != Tone.NONE) {
                    cell.setColor(value.tone().fill());
                }
                fill(cell, value.text(), false, value.numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        DocxTable.end(doc, 120);
    }

    /**
     * Each column's need from its cells; the header (bold) only asks for its widest word, since one header row
     * wrapping costs less than every body row wrapping.
     */
    static int[] widths(Block.Table t, int textWidth) {
        List<Need> needs = new ArrayList<>();
        int padding = 2 * DocxTable.CELL_MARGIN;
        for (int c = 0; c < t.columns().size(); c++) {
            int column = c;
            double headerWord = ColumnWidths.need(List.of(t.columns().get(c)), PT, true, padding)
                    .min();
            Need header = new Need(headerWord, headerWord);
            needs.add(header.max(ColumnWidths.need(
                    t.rows().stream().map(r -> r.get(column).text()).toList(), PT, false, padding)));
        }
        return ColumnWidths.fit(needs, textWidth);
    }

    private static void fill(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        ThaiRuns.format(p, alignment, 0);
        ThaiRuns.run(p, text, PT, bold);
    }
}
