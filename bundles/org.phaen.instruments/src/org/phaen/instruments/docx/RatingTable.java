/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.docx;

import static org.phaen.documents.docx.ThaiRuns.BODY_PT;
import static org.phaen.documents.docx.ThaiRuns.SMALL_PT;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.phaen.documents.docx.DocxStyles;
import org.phaen.documents.docx.DocxTable;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.documents.text.TextWidths;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.LevelHeaders;
import org.phaen.instruments.RenderOptions;
import org.phaen.model.InstrumentItem;
import org.phaen.model.RatingScale;

/**
 * Consecutive ratings on one scale as the familiar survey table: ข้อ | รายการ | a narrow column per level to tick,
 * headed by the level's label when it fits, else by its value with a key above the table. The item text takes
 * most of the width; the header row repeats on every page and rows don't split (the shared {@link DocxTable}).
 */
final class RatingTable {

    /** Twips: the number column, and a level column (1 cm, room for a tick). */
    private static final int NUM_WIDTH = 600, LEVEL_WIDTH = 567;

    private static final int HEADER_PT = 12;

    private RatingTable() {}

    static void write(
            XWPFDocument doc, DocxItems items, RatingScale scale, List<InstrumentItem> rows, int firstNumber) {
        RenderOptions options = items.options;
        int levels = scale.getLevels().size();
        LevelHeaders headers = LevelHeaders.of(
                scale,
                options,
                label ->
                        TextWidths.widestWord(label, HEADER_PT, true) * 20 - (LEVEL_WIDTH - 2 * DocxTable.CELL_MARGIN));
        if (headers.key() != null) {
            XWPFParagraph key = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 60);
            key.setStyle(DocxStyles.CAPTION);
            key.setKeepNext(true);
            ThaiRuns.run(key, headers.key(), SMALL_PT, false);
        }
        int[] widths = new int[levels + 2];
        widths[0] = NUM_WIDTH;
        widths[1] = ThaiRuns.TEXT_WIDTH - NUM_WIDTH - LEVEL_WIDTH * levels;
        java.util.Arrays.fill(widths, 2, widths.length, LEVEL_WIDTH);
        XWPFTable table = DocxTable.create(doc, widths, 1, rows.size());
        XWPFTableRow header = table.getRow(0);
        cell(header.getCell(0), FormTexts.THAI.text("number"), BODY_PT);
        cell(
                header.getCell(1),
                options.bilingual() ? FormTexts.bilingual("item") : FormTexts.THAI.text("item"),
                BODY_PT);
        for (int c = 0; c < levels; c++) {
            cell(header.getCell(c + 2), headers.headers().get(c), headers.key() == null ? HEADER_PT : BODY_PT);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            XWPFParagraph p = row.getCell(0).getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            ThaiRuns.run(p, items.digits(firstNumber + r) + ".", SMALL_PT, false);
            items.label(row.getCell(1).getParagraphs().get(0), rows.get(r), SMALL_PT, false, null);
        }
        DocxTable.end(doc, 0);
    }

    private static void cell(XWPFTableCell cell, String text, int pt) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        ThaiRuns.run(p, text, pt, true);
    }
}
