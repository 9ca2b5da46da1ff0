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
import org.phaen.documents.flow.Contents;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.Run;
import org.phaen.documents.text.ThaiDigits;

/**
 * The table of contents with real page numbers, in two steps: where the contents stand, each entry is laid out
 * (indented by level, wrapped clear of the number column) and its last line remembered; once every page is drawn and
 * every heading's page known, the dot leaders, page numbers and links are added to those lines.
 */
final class PdfContents {

    private static final float NUMBER_COLUMN = 36, LEVEL_INDENT = 20, SIZE = PdfFlow.BODY;

    private record Entry(Heading heading, int page, float baseline, float end) {}

    private final PdfFlow flow;
    private final List<Entry> entries = new ArrayList<>();

    PdfContents(PdfFlow flow) {
        this.flow = flow;
    }

    void place(Contents contents, List<Heading> headings) {
        lines(List.of(Run.bold(contents.title())), 18, flow.frame().textWidth(), 0, true);
        flow.space(8);
        for (Heading h : headings) {
            if (h.level() > contents.depth()) {
                continue;
            }
            float indent = (h.level() - 1) * LEVEL_INDENT;
            float width = flow.frame().textWidth() - indent - NUMBER_COLUMN;
            float end = lines(List.of(new Run(h.line(), h.level() == 1, false)), SIZE, width, indent, h.level() == 1);
            entries.add(new Entry(h, flow.canvas.pageIndex(), flow.y + lineHeight(SIZE) - ascent(SIZE), end));
        }
        flow.space(6);
    }

    /** Draws leaders, numbers and links now that the headings' pages are known. */
    void fill(PdfNavigation navigation, boolean thaiDigits) {
        PdfCanvas canvas = flow.canvas;
        for (Entry e : entries) {
            PdfNavigation.Place target = navigation.destination(PdfFlowText.headingKey(e.heading()));
            if (target == null) {
                continue;
            }
            canvas.onPage(e.page());
            String number = digits(target.page() + 1, thaiDigits);
            float right = canvas.frame().right();
            float numberWidth = canvas.fonts.width(number, SIZE, false);
            canvas.text(number, right - numberWidth, e.baseline(), SIZE, false);
            float unit = canvas.fonts.width(" .", SIZE, false);
            float from = e.end() + 4, to = right - numberWidth - 4;
            int dots = (int) Math.max(0, Math.floor((to - from) / unit));
            if (dots > 0) {
                String leader = " .".repeat(dots);
                canvas.text(leader, to - canvas.fonts.width(leader, SIZE, false), e.baseline(), SIZE, false);
            }
            navigation.link(
                    e.page(),
                    canvas.frame().left(),
                    e.baseline() - 4,
                    canvas.frame().textWidth(),
                    lineHeight(SIZE),
                    PdfFlowText.headingKey(e.heading()));
        }
    }

    /** Lines of one entry; returns where the last line's text ends. */
    private float lines(List<Run> runs, float size, float width, float indent, boolean bold) {
        float end = 0;
        for (PdfRuns.Line line : PdfRuns.wrap(runs, flow.canvas.fonts, size, width, width, bold)) {
            flow.keep(lineHeight(size));
            float x = flow.frame().left() + indent;
            PdfFlowText.draw(flow.canvas, line, x, flow.y - ascent(size), size);
            end = x + line.width();
            flow.y -= lineHeight(size);
        }
        return end;
    }

    static String digits(int value, boolean thai) {
        String text = Integer.toString(value);
        return thai ? ThaiDigits.of(text) : text;
    }
}
