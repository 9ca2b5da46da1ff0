/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.html;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.phaen.documents.flow.Block;
import org.phaen.documents.flow.Contents;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.ItemList;
import org.phaen.documents.flow.PageBreak;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Run;
import org.phaen.documents.flow.Section;

/**
 * Writes a {@link FlowDocument} as one self-contained HTML page: the shipped Sarabun and the style sheet inline, an
 * element id per anchor (model element UUIDs, so a link from the public site reaches the element), the contents as
 * links to the headings, figures as inline SVG, no scripts and nothing fetched from elsewhere. The same tree gives the
 * same bytes. What is public is decided before the tree is built (redaction of personal data happens on the model).
 */
public final class HtmlFlowWriter {

    private HtmlFlowWriter() {}

    public static void write(FlowDocument document, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"" + (document.english() ? "en" : "th")
                + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + Html.escape(document.title()) + "</title>\n");
        w.write("<style>\n" + HtmlFlowCss.css() + "</style>\n</head>\n<body>\n");
        List<Heading> headings = document.blocks().stream()
                .filter(Heading.class::isInstance)
                .map(Heading.class::cast)
                .toList();
        HtmlFlowTable tables = new HtmlFlowTable(w);
        HtmlAnchors anchors = new HtmlAnchors(document);
        for (Section section : document.sections()) {
            w.write("<section class=\"" + (section.cover() ? "cover" : section.landscape() ? "landscape" : "portrait")
                    + "\">\n");
            for (Block block : section.blocks()) {
                switch (block) {
                    case Heading h ->
                        w.write("<h" + h.level() + anchors.id(h) + ">" + Html.escape(h.line()) + "</h" + h.level()
                                + ">\n");
                    case Paragraph p ->
                        w.write("<p class=\"" + p.role().name().toLowerCase() + "\"" + anchors.id(p) + ">"
                                + runs(p.runs()) + "</p>\n");
                    case ItemList l -> list(w, l, anchors);
                    case org.phaen.documents.flow.Table t -> tables.write(t, anchors);
                    case Contents c -> contents(w, c, headings, anchors);
                    case PageBreak b -> w.write("<div class=\"page-break\"></div>\n");
                    case Figure f -> figure(w, f, anchors);
                }
            }
            w.write("</section>\n");
        }
        w.write("<footer>" + Html.escape(document.footerCode() == null ? "" : document.footerCode())
                + "</footer>\n</body>\n</html>\n");
        w.flush();
    }

    static String runs(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run r : runs) {
            String text = r.lineBreak() ? "<br>" : Html.escape(r.text()).replace("\n", "<br>");
            out.append(r.bold() ? "<strong>" + text + "</strong>" : r.italic() ? "<em>" + text + "</em>" : text);
        }
        return out.toString();
    }

    private static void list(Writer w, ItemList list, HtmlAnchors anchors) throws IOException {
        w.write("<ul class=\"" + list.kind().name().toLowerCase() + "\"" + anchors.id(list) + ">\n");
        for (ItemList.Item item : list.items()) {
            w.write("<li class=\"depth-" + item.depth() + "\"" + anchors.idOf(item.anchor())
                    + "><span class=\"marker\">" + Html.escape(item.marker()) + "</span> " + runs(item.runs())
                    + "</li>\n");
        }
        w.write("</ul>\n");
    }

    private static void contents(Writer w, Contents c, List<Heading> headings, HtmlAnchors anchors) throws IOException {
        w.write("<nav class=\"contents\">\n<h2 class=\"contents-title\">" + Html.escape(c.title()) + "</h2>\n<ul>\n");
        for (Heading h : headings) {
            if (h.level() <= c.depth()) {
                w.write("<li class=\"toc-" + h.level() + "\"><a href=\"#" + Html.escape(anchors.target(h)) + "\">"
                        + Html.escape(h.line()) + "</a></li>\n");
            }
        }
        w.write("</ul>\n</nav>\n");
    }

    private static void figure(Writer w, Figure f, HtmlAnchors anchors) throws IOException {
        w.write("<figure class=\"" + Html.escape(f.slot()) + "\"" + anchors.id(f) + ">");
        if (!f.empty() && f.drawing().svg() != null) {
            // The drawing is Phaen's own SVG (no scripts); its XML declaration has no place inside HTML.
            w.write(f.drawing().svg().replaceFirst("^<\\?xml[^>]*\\?>\\s*", ""));
        }
        if (f.caption() != null && !f.caption().isBlank()) {
            w.write("<figcaption>" + Html.escape(f.caption()) + "</figcaption>");
        }
        w.write("</figure>\n");
    }
}
