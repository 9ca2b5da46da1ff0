package org.phaen.instruments.docx;

import static org.phaen.documents.docx.ThaiRuns.BODY_PT;
import static org.phaen.documents.docx.ThaiRuns.HINT_PT;
import static org.phaen.documents.docx.ThaiRuns.SMALL_PT;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.phaen.documents.docx.DocxText;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.model.InstrumentItem;
import org.phaen.model.RatingScale;
import org.phaen.model.ScaleLevel;

/**
 * Consecutive ratings on one scale as the familiar survey table: ข้อ | รายการ | one column per level
 * (Thai label, English label, value), a row per item with empty cells to tick. The header row repeats
 * on every page; rows don't split across pages.
 */
final class RatingTable {

    private static final int NUM_WIDTH = 600;
    /** Fits "Dissatisfied", the longest one-word English level label, at 9 pt inside the narrow cell margins. */
    private static final int LEVEL_WIDTH = 1020, CELL_MARGIN = 57, LEVEL_EN_PT = 9;

    private RatingTable() {
    }

    static void write(XWPFDocument doc, DocxItems items, RatingScale scale, List<InstrumentItem> rows, int firstNumber) {
        List<ScaleLevel> levels = scale.getLevels();
        int levelWidth = Math.min(LEVEL_WIDTH, (ThaiRuns.TEXT_WIDTH - NUM_WIDTH - 2800) / levels.size());
        int topicWidth = ThaiRuns.TEXT_WIDTH - NUM_WIDTH - levelWidth * levels.size();
        XWPFTable table = doc.createTable(rows.size() + 1, levels.size() + 2);
        table.setWidth(String.valueOf(ThaiRuns.TEXT_WIDTH));
        table.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        grid(table, topicWidth, levelWidth, levels.size());
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        cell(header.getCell(0), NUM_WIDTH, ParagraphAlignment.CENTER, "ข้อ", null, null);
        cell(header.getCell(1), topicWidth, ParagraphAlignment.CENTER, "รายการ", "Item", null);
        for (int c = 0; c < levels.size(); c++) {
            ScaleLevel level = levels.get(c);
            String th = level.getLabel() == null ? items.digits(level.getValue()) : level.getLabel();
            cell(header.getCell(c + 2), levelWidth, ParagraphAlignment.CENTER, th, level.getLabelEn(), "(" + items.digits(level.getValue()) + ")");
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            XWPFTableCell num = row.getCell(0);
            num.setWidth(String.valueOf(NUM_WIDTH));
            XWPFParagraph p = num.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.CENTER);
            ThaiRuns.run(p, items.digits(firstNumber + r) + ".", BODY_PT, false);
            XWPFTableCell topic = row.getCell(1);
            topic.setWidth(String.valueOf(topicWidth));
            items.label(topic.getParagraphs().get(0), rows.get(r), BODY_PT, false, null);
            for (int c = 0; c < levels.size(); c++) {
                row.getCell(c + 2).setWidth(String.valueOf(levelWidth));
            }
        }
        ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 0); // Word needs a paragraph between adjacent tables
    }

    /** LibreOffice sizes columns from w:tblGrid, not from cell widths: write both, with a fixed layout. */
    private static void grid(XWPFTable table, int topicWidth, int levelWidth, int levels) {
        var ct = table.getCTTbl();
        var grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        grid.addNewGridCol().setW(BigInteger.valueOf(NUM_WIDTH));
        grid.addNewGridCol().setW(BigInteger.valueOf(topicWidth));
        for (int i = 0; i < levels; i++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(levelWidth));
        }
        var pr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    }

    private static void cell(XWPFTableCell cell, int width, ParagraphAlignment alignment, String th, String en, String value) {
        cell.setWidth(String.valueOf(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        ThaiRuns.run(p, th, value == null ? BODY_PT : SMALL_PT, true); // level columns are narrow
        if (!DocxText.blank(en)) {
            ThaiRuns.nextLine(p, en, value == null ? HINT_PT - 2 : LEVEL_EN_PT, false);
        }
        if (value != null) {
            ThaiRuns.nextLine(p, value, SMALL_PT - 2, false);
        }
    }
}
