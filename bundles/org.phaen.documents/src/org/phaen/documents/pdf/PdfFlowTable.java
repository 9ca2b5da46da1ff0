/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.phaen.documents.pdf.PdfFlow.ascent;
import static org.phaen.documents.pdf.PdfFlow.lineHeight;

import java.util.ArrayList;
import java.util.List;
import org.phaen.documents.docx.DocxFlowWidths;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Table;
import org.phaen.documents.flow.TableGrid;

/**
 * A {@link Table} on PDF pages as the DOCX shows it: the same column widths ({@link DocxFlowWidths}), header rows
 * drawn again at the top of every page the table continues on, and no row split across pages: rows joined by a
 * cell spanning down, and a group's title row with the row after it, move to the next page together. Total rows are bold on a grey ground.
 */
final class PdfFlowTable {

    static final float SIZE = 14, PAD = 4;

    private final PdfFlow flow;
    private final PdfNavigation navigation;
    private final Table table;
    private final TableGrid grid;
    private final float[] widths;
    private final float[] heights;
    private final java.util.Map<TableGrid.Placed, List<PdfRuns.Line>> wrapped = new java.util.IdentityHashMap<>();

    PdfFlowTable(PdfFlow flow, PdfNavigation navigation, Table table) {
        this.flow = flow;
        this.navigation = navigation;
        this.table = table;
        this.grid = table.grid();
        int[] twips = DocxFlowWidths.of(table, Math.round(flow.frame().textWidth() * 20));
        widths = new float[twips.length];
        for (int i = 0; i < twips.length; i++) {
            widths[i] = twips[i] / 20f;
        }
        heights = rowHeights();
    }

    void write() {
        int headerRows = table.header().size();
        float header = sum(heights, 0, headerRows);
        List<int[]> groups = groups(headerRows);
        float firstGroup = groups.isEmpty() ? 0 : sum(heights, groups.get(0)[0], groups.get(0)[1]);
        if (table.caption() != null && !table.caption().isBlank()) {
            flow.keep(lineHeight(SIZE) + header + firstGroup);
            new PdfFlowText(flow, navigation).paragraph(Paragraph.of(Paragraph.Role.CAPTION, table.caption()));
        }
        flow.keep(header + firstGroup);
        if (table.anchor() != null) {
            navigation.destination(table.anchor(), new PdfNavigation.Place(flow.canvas.pageIndex(), flow.y));
        }
        rows(0, headerRows);
        for (int[] group : groups) {
            float height = sum(heights, group[0], group[1]);
            if (flow.y - height < flow.frame().bottom() && flow.y < flow.frame().top() - header - 1) {
                flow.newPage(flow.frame());
                rows(0, headerRows);
            }
            rows(group[0], group[1]);
        }
        flow.space(6);
    }

    /**
     * Body rows in runs that must stay on one page: a row and every row a cell of it spans into, a group's title row
     * and the row after it.
     */
    private List<int[]> groups(int from) {
        boolean[] keep = table.keptWithNext();
        List<int[]> groups = new ArrayList<>();
        int start = from;
        while (start < grid.rowCount()) {
            int end = start + 1;
            for (int r = start; r < end; r++) {
                for (TableGrid.Placed p : grid.row(r)) {
                    end = Math.max(end, Math.min(grid.rowCount(), r + p.cell().rowSpan()));
                }
                if (keep[r]) {
                    end = Math.max(end, r + 2);
                }
            }
            groups.add(new int[] {start, end});
            start = end;
        }
        return groups;
    }

    private void rows(int from, int to) {
        for (int r = from; r < to; r++) {
            Table.Row row = table.rows().get(r);
            if (row.anchor() != null) {
                navigation.destination(row.anchor(), new PdfNavigation.Place(flow.canvas.pageIndex(), flow.y));
            }
            for (TableGrid.Placed p : grid.row(r)) {
                cell(p, r < table.header().size(), row.total());
            }
            flow.y -= heights[r];
        }
    }

    private void cell(TableGrid.Placed p, boolean header, boolean total) {
        float x = flow.frame().left() + sum(widths, 0, p.column());
        float w = sum(widths, p.column(), p.column() + p.cell().colSpan());
        float h = sum(heights, p.row(), p.row() + p.cell().rowSpan());
        if (total || header) {
            flow.canvas.fillRect(x, flow.y - h, w, h, total ? 0.88f : 0.94f);
        }
        flow.canvas.rect(x, flow.y - h, w, h, header ? 0.8f : 0.5f);
        Table.Align align = header
                ? Table.Align.CENTER
                : p.cell().align() != null
                        ? p.cell().align()
                        : table.columns().get(p.column()).align();
        float y = flow.y - PAD;
        for (PdfRuns.Line line : lines(p)) {
            float left = switch (align) {
                case LEFT -> x + PAD;
                case CENTER -> x + (w - line.width()) / 2;
                case RIGHT -> x + w - PAD - line.width();
            };
            PdfFlowText.draw(flow.canvas, line, left, y - ascent(SIZE), SIZE);
            y -= lineHeight(SIZE);
        }
    }

    /** A cell's lines, wrapped once: heights and drawing ask for them. */
    private List<PdfRuns.Line> lines(TableGrid.Placed p) {
        return wrapped.computeIfAbsent(p, placed -> {
            float inner = Math.max(sum(widths, p.column(), p.column() + p.cell().colSpan()) - 2 * PAD, SIZE);
            boolean bold =
                    p.row() < table.header().size() || table.rows().get(p.row()).total();
            List<PdfRuns.Line> lines = new ArrayList<>();
            for (Paragraph paragraph : p.cell().lines()) {
                lines.addAll(PdfRuns.wrap(paragraph.runs(), flow.canvas.fonts, SIZE, inner, inner, bold));
            }
            return lines;
        });
    }

    private float[] rowHeights() {
        float[] h = new float[grid.rowCount()];
        for (int r = 0; r < h.length; r++) {
            h[r] = lineHeight(SIZE) + 2 * PAD;
            for (TableGrid.Placed p : grid.row(r)) {
                if (p.cell().rowSpan() == 1) {
                    h[r] = Math.max(h[r], need(p));
                }
            }
        }
        for (int r = 0; r < h.length; r++) {
            for (TableGrid.Placed p : grid.row(r)) {
                int last = Math.min(h.length, r + p.cell().rowSpan()) - 1;
                float missing = need(p) - sum(h, r, last + 1);
                if (p.cell().rowSpan() > 1 && missing > 0) {
                    h[last] += missing;
                }
            }
        }
        return h;
    }

    private float need(TableGrid.Placed p) {
        return lines(p).size() * lineHeight(SIZE) + 2 * PAD;
    }

    private static float sum(float[] values, int from, int to) {
        float s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
    }
}
