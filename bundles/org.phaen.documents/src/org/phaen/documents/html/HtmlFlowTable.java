/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.html;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Table;

/** A flow table as an HTML table: caption, header rows in {@code thead} (browsers repeat them when printing), spans as HTML has them. */
final class HtmlFlowTable {

    private final Writer w;

    HtmlFlowTable(Writer w) {
        this.w = w;
    }

    void write(Table t, HtmlAnchors anchors) throws IOException {
        w.write("<table" + anchors.id(t) + ">\n");
        if (t.caption() != null && !t.caption().isBlank()) {
            w.write("<caption>" + Html.escape(t.caption()) + "</caption>\n");
        }
        w.write("<thead>\n");
        rows(t, t.header(), 0, true, anchors);
        w.write("</thead>\n<tbody>\n");
        rows(t, t.body(), t.header().size(), false, anchors);
        w.write("</tbody>\n</table>\n");
    }

    private void rows(Table t, List<Table.Row> rows, int first, boolean header, HtmlAnchors anchors)
            throws IOException {
        var grid = t.grid();
        for (int i = 0; i < rows.size(); i++) {
            Table.Row row = rows.get(i);
            w.write("<tr" + (row.total() ? " class=\"total\"" : "") + anchors.idOf(row.anchor()) + ">");
            for (var placed : grid.row(first + i)) {
                Table.Cell cell = placed.cell();
                Table.Align align = cell.align() != null
                        ? cell.align()
                        : t.columns().get(placed.column()).align();
                String tag = header ? "th" : "td";
                w.write("<" + tag + (cell.colSpan() > 1 ? " colspan=\"" + cell.colSpan() + "\"" : "")
                        + (cell.rowSpan() > 1 ? " rowspan=\"" + cell.rowSpan() + "\"" : "")
                        + (header || align == Table.Align.LEFT
                                ? ""
                                : " class=\"" + align.name().toLowerCase() + "\"") + ">");
                List<Paragraph> lines = cell.lines();
                for (int l = 0; l < lines.size(); l++) {
                    w.write((l > 0 ? "<br>" : "")
                            + HtmlFlowWriter.runs(lines.get(l).runs()));
                }
                w.write("</" + tag + ">");
            }
            w.write("</tr>\n");
        }
    }
}
