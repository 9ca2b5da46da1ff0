package org.phaen.reports.docx;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.reports.document.Block;
import org.phaen.reports.document.Cell;
import org.phaen.reports.document.Tone;

/** A report table in Word: full text width, relative column widths, a repeated shaded header, tone shading. */
final class DocxTables {

    private static final int PT = ThaiRuns.SMALL_PT;
    private static final String HEADER_FILL = "EEEEEE";

    private DocxTables() {
    }

    static void write(XWPFDocument doc, Block.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
        table.setWidth(DocxWriter.TEXT_WIDTH);
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < t.columns().size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            width(cell, DocxWriter.TEXT_WIDTH * t.widths().get(c) / total);
            cell.setColor(HEADER_FILL);
            fill(cell, t.columns().get(c), true, ParagraphAlignment.CENTER);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell value = cells.get(c);
                XWPFTableCell cell = row.getCell(c);
                width(cell, DocxWriter.TEXT_WIDTH * t.widths().get(c) / total);
                if (value.tone() != Tone.NONE) {
                    cell.setColor(value.tone().fill());
                }
                fill(cell, value.text(), false, value.numeric() ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 120); // Word merges tables that touch
    }

    private static void fill(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        ThaiRuns.format(p, alignment, 0);
        ThaiRuns.run(p, text, PT, bold);
    }

    private static void width(XWPFTableCell cell, int twips) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(Integer.toString(twips));
    }
}
