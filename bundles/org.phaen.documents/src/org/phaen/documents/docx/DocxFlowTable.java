/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Run;
import org.phaen.documents.flow.Table;
import org.phaen.documents.flow.TableGrid;

/**
 * A {@link Table} through the shared {@link DocxTable} (grid, header rows repeated, rows never split) in the
 * {@code TableGrid} style: spans become {@code w:gridSpan} and {@code w:vMerge}, header rows are bold and shaded,
 * total rows bold on a lighter shade, a group's title row and a row spanning down kept with the next row, and each row
 * that shows a model element carries its bookmark.
 */
final class DocxFlowTable {

    private static final String HEADER_FILL = "E7E6E6", TOTAL_FILL = "F2F2F2";

    /** A run of grid columns in one row: a cell that starts there, or the continuation of one spanning down. */
    private record Segment(int column, int span, TableGrid.Placed cell) {}

    private DocxFlowTable() {}

    static void write(XWPFDocument doc, Table t, int width, DocxBookmarks bookmarks) {
        if (t.caption() != null && !t.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            DocxFlowText.style(caption, Paragraph.Role.CAPTION);
            caption.setKeepNext(true);
            BigInteger id = bookmarks.start(caption, t);
            DocxFlowText.run(caption, Run.bold(t.caption()));
            bookmarks.end(caption, id);
        }
        int[] widths = DocxFlowWidths.of(t, width);
        XWPFTable table =
                DocxTable.create(doc, widths, t.header().size(), t.body().size());
        table.setStyleID(DocxStyles.TABLE_GRID);
        TableGrid grid = t.grid();
        List<List<Segment>> segments = segments(t, grid);
        List<Table.Row> rows = t.rows();
        boolean[] keep = t.keptWithNext();
        for (int r = 0; r < grid.rowCount(); r++) {
            XWPFTableRow row = table.getRow(r);
            merge(row, segments.get(r), widths);
            Table.Row source = rows.get(r);
            boolean header = r < t.header().size();
            String fill = header ? HEADER_FILL : source.total() ? TOTAL_FILL : null;
            for (int i = 0; i < segments.get(r).size(); i++) {
                Segment s = segments.get(r).get(i);
                XWPFTableCell cell = row.getCell(i);
                if (fill != null) {
                    cell.setColor(fill);
                }
                if (s.cell() == null) {
                    cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    continue;
                }
                if (s.cell().cell().rowSpan() > 1) {
                    cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                }
                Table.Align align = s.cell().cell().align() != null
                        ? s.cell().cell().align()
                        : header
                                ? Table.Align.CENTER
                                : t.columns().get(s.column()).align();
                fill(cell, s.cell().cell(), align, header || source.total(), i == 0 ? source : null, bookmarks);
            }
            if (keep[r]) { // Word keeps a row with the next when its paragraphs keep with the next
                row.getTableCells().forEach(c -> c.getParagraphs().forEach(p -> p.setKeepNext(true)));
            }
        }
        DocxTable.end(doc, 120);
    }

    /** Each row's segments, left to right, from the cells placed on the grid and the spans coming down. */
    private static List<List<Segment>> segments(Table t, TableGrid grid) {
        int columns = t.columns().size();
        int[][] downSpan = new int[grid.rowCount()][columns];
        List<List<Segment>> out = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            Segment[] at = new Segment[columns];
            for (TableGrid.Placed p : grid.row(r)) {
                at[p.column()] = new Segment(p.column(), p.cell().colSpan(), p);
                for (int below = r + 1;
                        below < Math.min(grid.rowCount(), r + p.cell().rowSpan());
                        below++) {
                    downSpan[below][p.column()] = p.cell().colSpan();
                }
            }
            List<Segment> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                if (at[c] != null) {
                    row.add(at[c]);
                } else if (downSpan[r][c] > 0) {
                    row.add(new Segment(c, downSpan[r][c], null));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** Turns a row of one cell per grid column into one cell per segment, right to left so indexes hold. */
    private static void merge(XWPFTableRow row, List<Segment> segments, int[] widths) {
        for (int i = segments.size() - 1; i >= 0; i--) {
            Segment s = segments.get(i);
            if (s.span() > 1) {
                for (int k = s.span() - 1; k >= 1; k--) {
                    row.removeCell(s.column() + k);
                }
                XWPFTableCell cell = row.getCell(s.column());
                int w = 0;
                for (int k = s.column(); k < s.column() + s.span(); k++) {
                    w += widths[k];
                }
                cell.setWidth(Integer.toString(w));
                cell.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(s.span()));
            }
        }
    }

    private static void fill(
            XWPFTableCell cell,
            Table.Cell source,
            Table.Align align,
            boolean bold,
            Table.Row row,
            DocxBookmarks bookmarks) {
        List<Paragraph> lines =
                source.lines().isEmpty() ? List.of(Paragraph.of(Paragraph.Role.PLAIN, "")) : source.lines();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setStyle(DocxStyles.TABLE_TEXT);
            p.setAlignment(
                    switch (align) {
                        case LEFT -> ParagraphAlignment.LEFT;
                        case CENTER -> ParagraphAlignment.CENTER;
                        case RIGHT -> ParagraphAlignment.RIGHT;
                    });
            BigInteger id = i == 0 && row != null ? bookmarks.start(p, row) : null;
            for (var run : lines.get(i).runs()) {
                DocxFlowText.run(p, bold && !run.bold() ? new Run(run.text(), true, run.italic()) : run);
            }
            bookmarks.end(p, id);
        }
    }
}
