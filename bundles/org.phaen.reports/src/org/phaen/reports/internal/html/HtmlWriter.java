/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.html;

import static org.phaen.instruments.html.Html.attr;
import static org.phaen.instruments.html.Html.text;

import java.util.List;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Report;
import org.phaen.reports.internal.document.Tone;
import org.phaen.reports.internal.svg.SvgBarChart;

/**
 * Writes a {@link Report} as an HTML5 page. A self-contained page carries its style sheet, fonts and charts
 * inline, so one file can be mailed and printed; a site page links {@code style.css} and {@code charts/*.svg}
 * and shows the site's navigation.
 */
public final class HtmlWriter {

    /** A link in a site's navigation bar. */
    public record Link(String label, String href) {}

    private final boolean site;
    private final List<Link> nav;

    private HtmlWriter(boolean site, List<Link> nav) {
        this.site = site;
        this.nav = List.copyOf(nav);
    }

    public static HtmlWriter selfContained() {
        return new HtmlWriter(false, List.of());
    }

    public static HtmlWriter sitePage(List<Link> nav) {
        return new HtmlWriter(true, nav);
    }

    public String write(Report report) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"UTF-8\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(text(report.title()))
                .append("</title>\n");
        h.append(
                site
                        ? "<link rel=\"stylesheet\" href=\"style.css\">\n"
                        : "<style>\n" + ReportCss.embedded() + "</style>\n");
        h.append("</head>\n<body>\n");
        if (!nav.isEmpty()) {
            h.append("<nav class=\"site\">");
            nav.forEach(l -> h.append("<a")
                    .append(attr("href", l.href()))
                    .append('>')
                    .append(text(l.label()))
                    .append("</a>"));
            h.append("</nav>\n");
        }
        h.append("<header class=\"title-block\">\n<h1>")
                .append(text(report.title()))
                .append("</h1>\n");
        report.subtitle().forEach(line -> h.append("<p>").append(text(line)).append("</p>\n"));
        h.append("</header>\n<main>\n");
        for (Block block : report.blocks()) {
            switch (block) {
                case Block.Heading x ->
                    h.append("<h")
                            .append(x.level())
                            .append('>')
                            .append(text(x.text()))
                            .append("</h")
                            .append(x.level())
                            .append(">\n");
                case Block.Paragraph x ->
                    h.append("<p class=\"note\">").append(text(x.text())).append("</p>\n");
                case Block.Table x -> table(h, x);
                case Block.Chart x ->
                    h.append("<figure class=\"chart\">")
                            .append(
                                    site
                                            ? "<img src=\"charts/" + text(x.name()) + ".svg\""
                                                    + attr("alt", x.chart().title()) + ">"
                                            : SvgBarChart.svg(x.chart()))
                            .append("</figure>\n");
            }
        }
        return h.append("</main>\n<footer><p>" + ThaiTexts.text("html.footer") + "</p></footer>\n</body>\n</html>\n")
                .toString();
    }

    private static void table(StringBuilder h, Block.Table t) {
        int total = t.widths().stream().mapToInt(Integer::intValue).sum();
        h.append("<table class=\"data\"").append(attr("data-sheet", t.sheet())).append(">\n<thead><tr>");
        for (int i = 0; i < t.columns().size(); i++) {
            h.append("<th style=\"width:")
                    .append(100 * t.widths().get(i) / total)
                    .append("%\">")
                    .append(text(t.columns().get(i)))
                    .append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : t.rows()) {
            h.append("<tr>");
            for (Cell c : row) {
                String cls = (c.numeric() ? "num " : "")
                        + (c.tone() == Tone.NONE ? "" : c.tone().cssClass());
                h.append("<td").append(cls.isBlank() ? "" : attr("class", cls.strip()));
                h.append(
                                c.tone() == Tone.NONE
                                        ? ""
                                        : " style=\"background:#" + c.tone().fill() + "\"")
                        .append('>');
                h.append(
                                c.href() == null
                                        ? text(c.text())
                                        : "<a" + attr("href", c.href()) + ">" + text(c.text()) + "</a>")
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }
}
