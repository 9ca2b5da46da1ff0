/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.cli;

import static org.phaen.instruments.html.Html.text;

import java.io.PrintWriter;
import org.phaen.compare.DiffText;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.Words;

/** A comparison as a self-contained HTML page: one table row per difference, coloured by kind. */
final class DiffHtml {

    private final Words words;

    DiffHtml(Words words) {
        this.words = words;
    }

    void write(PlanComparison comparison, String oldName, String newName, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"" + (words == Words.ENGLISH ? "en" : "th") + "\"><head><meta charset=\"UTF-8\">");
        out.println("<title>" + text(words.text("title")) + "</title>");
        out.println("<style>body{font-family:'TH Sarabun New',Sarabun,Laksaman,sans-serif;font-size:16pt}"
                + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;vertical-align:top}"
                + ".added{background:#e6ffed}.removed{background:#ffeef0}.moved{background:#fff5d6}"
                + ".changed{background:#eef4ff}.reordered{background:#f3eaff}</style></head><body>");
        out.println("<h1>" + text(words.text("title")) + "</h1>");
        out.println("<p>" + text(words.text("old")) + ": " + text(oldName) + "<br>" + text(words.text("new")) + ": "
                + text(newName) + "</p>");
        out.println("<p>" + text(new DiffText(words).summary(comparison)) + "</p>");
        out.println("<table><tr><th></th><th>" + text(words.text("element")) + "</th><th>" + text(words.text("change"))
                + "</th></tr>");
        for (DiffRows.Row row : DiffRows.of(comparison.differences(), words)) {
            String change = row.change() != null
                    ? row.change()
                    : row.where() == null ? "" : words.text("added".equals(row.kind()) ? "into" : "from", row.where());
            out.println("<tr class=\"" + row.kind() + "\" data-uuid=\"" + text(row.uuid()) + "\"><td>"
                    + text(words.text(row.kind())) + "</td><td>" + text(row.element()) + "</td><td>" + text(change)
                    + "</td></tr>");
        }
        out.println("</table></body></html>");
    }
}
