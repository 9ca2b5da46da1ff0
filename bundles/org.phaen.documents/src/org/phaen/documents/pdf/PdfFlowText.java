/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.phaen.documents.pdf.PdfFlow.ascent;
import static org.phaen.documents.pdf.PdfFlow.lineHeight;

import java.util.List;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.ItemList;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Run;

/**
 * Headings, paragraphs and lists of a flow document on PDF pages, in the looks of the DOCX styles: body 16 pt with
 * the first line indented 1.25 cm, headings 18/17/16 pt bold kept with the next lines, captions and notes 14 pt.
 * Each heading of levels 1 to 3 becomes a bookmark; each anchor a named destination.
 */
final class PdfFlowText {

    static final float FIRST_LINE = 35.45f, LIST_INDENT = 28.35f;

    private final PdfFlow flow;
    private final PdfNavigation navigation;

    PdfFlowText(PdfFlow flow, PdfNavigation navigation) {
        this.flow = flow;
        this.navigation = navigation;
    }

    static void draw(PdfCanvas canvas, PdfRuns.Line line, float x, float baseline, float size) {
        for (PdfRuns.Piece piece : line.pieces()) {
            canvas.text(piece.text(), x, baseline, size, piece.bold());
            x += canvas.fonts.width(piece.text(), size, piece.bold());
        }
    }

    static float headingSize(int level) {
        return switch (level) {
            case 1 -> 18;
            case 2 -> 17;
            default -> 16;
        };
    }

    void heading(Heading h) {
        float size = headingSize(h.level());
        flow.space(h.level() == 1 ? 10 : 8);
        // A heading never stands alone at the foot of a page: it keeps three body lines below it.
        flow.keep(lineHeight(size) + 3 * lineHeight(PdfFlow.BODY));
        PdfNavigation.Place place = new PdfNavigation.Place(flow.canvas.pageIndex(), flow.y + 4);
        if (h.level() <= 3) {
            navigation.bookmark(h.level(), h.line(), place);
        }
        navigation.destination(h.anchor(), place);
        navigation.destination(headingKey(h), place);
        lines(List.of(Run.bold(h.line())), size, true, 0, 0, PdfFlow.Align.LEFT);
        flow.space(2);
    }

    /** The destination a table-of-contents entry links to: the heading's anchor, or its place in the outline. */
    static String headingKey(Heading h) {
        return h.anchor() != null ? h.anchor() : "heading:" + h.line();
    }

    void paragraph(Paragraph p) {
        if (p.anchor() != null) {
            navigation.destination(p.anchor(), new PdfNavigation.Place(flow.canvas.pageIndex(), flow.y));
        }
        switch (p.role()) {
            case TITLE -> lines(p.runs(), 24, true, 0, 0, PdfFlow.Align.CENTER);
            case SUBTITLE -> lines(p.runs(), 18, true, 0, 0, PdfFlow.Align.CENTER);
            case BODY -> lines(p.runs(), PdfFlow.BODY, false, FIRST_LINE, 0, PdfFlow.Align.LEFT);
            case PLAIN -> lines(p.runs(), PdfFlow.BODY, false, 0, 0, PdfFlow.Align.LEFT);
            case CENTERED -> lines(p.runs(), PdfFlow.BODY, false, 0, 0, PdfFlow.Align.CENTER);
            case RIGHT -> lines(p.runs(), PdfFlow.BODY, false, 0, 0, PdfFlow.Align.RIGHT);
            case CAPTION -> lines(p.runs(), PdfFlow.SMALL, true, 0, 0, PdfFlow.Align.CENTER);
            case NOTE -> lines(p.runs(), PdfFlow.SMALL, false, 0, 0, PdfFlow.Align.LEFT);
        }
        flow.space(2);
    }

    void list(ItemList list) {
        for (ItemList.Item item : list.items()) {
            float indent = item.depth() * LIST_INDENT;
            flow.keep(lineHeight(PdfFlow.BODY));
            if (item.anchor() != null) {
                navigation.destination(item.anchor(), new PdfNavigation.Place(flow.canvas.pageIndex(), flow.y));
            }
            float marker = Math.max(LIST_INDENT, flow.canvas.fonts.width(item.marker(), PdfFlow.BODY, false) + 6);
            flow.canvas.text(
                    item.marker(), flow.frame().left() + indent, flow.y - ascent(PdfFlow.BODY), PdfFlow.BODY, false);
            lines(item.runs(), PdfFlow.BODY, false, 0, indent + marker, PdfFlow.Align.LEFT);
        }
        flow.space(4);
    }

    /** Wrapped lines of runs; {@code firstLine} indents the first line further than {@code indent}. */
    private void lines(List<Run> runs, float size, boolean bold, float firstLine, float indent, PdfFlow.Align align) {
        float width = flow.frame().textWidth() - indent;
        List<PdfRuns.Line> lines = PdfRuns.wrap(runs, flow.canvas.fonts, size, width - firstLine, width, bold);
        for (int i = 0; i < lines.size(); i++) {
            PdfRuns.Line line = lines.get(i);
            flow.keep(lineHeight(size));
            float left = flow.frame().left() + indent + (i == 0 ? firstLine : 0);
            float room = width - (i == 0 ? firstLine : 0);
            float x = switch (align) {
                case LEFT -> left;
                case CENTER -> left + (room - line.width()) / 2;
                case RIGHT -> left + room - line.width();
            };
            draw(flow.canvas, line, x, flow.y - ascent(size), size);
            flow.y -= lineHeight(size);
        }
    }
}
