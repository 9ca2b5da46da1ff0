/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.pdf;

import static org.phaen.documents.pdf.PdfFlow.BODY;
import static org.phaen.documents.pdf.PdfFlow.HINT;
import static org.phaen.documents.pdf.PdfFlow.SMALL;
import static org.phaen.documents.pdf.PdfFlow.ascent;
import static org.phaen.documents.pdf.PdfFlow.lineHeight;

import java.util.ArrayList;
import java.util.List;
import org.phaen.documents.pdf.PdfFlow;
import org.phaen.documents.text.ThaiLines;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.LevelHeaders;
import org.phaen.model.InstrumentItem;
import org.phaen.model.RatingScale;

/**
 * Consecutive ratings on one scale as the survey table of the DOCX form: ข้อ | รายการ | a narrow column per level,
 * headed by its label when the label fits, else by its value with a key above ({@link LevelHeaders}). A row never
 * splits across pages; the header is drawn again at the top of each page the table continues on.
 */
final class PdfRatingTable {

    /** Points: the number column and a level column (1 cm, room for a tick). */
    private static final float NUM = 30, LEVEL = 28.35f, PAD = 3;

    private static final float LEVEL_PT = 12;

    /** A cell's lines: text, size, bold. */
    private record Line(String text, float size, boolean bold) {}

    private final PdfFlow flow;
    private final PdfItems items;
    private final float level;
    private final float topic;

    PdfRatingTable(PdfFlow flow, PdfItems items, int levels) {
        this.flow = flow;
        this.items = items;
        this.level = LEVEL;
        this.topic = flow.frame().textWidth() - NUM - level * levels;
    }

    void write(RatingScale scale, List<InstrumentItem> rows, int firstNumber) {
        LevelHeaders levels = LevelHeaders.of(
                scale,
                items.options,
                label -> ThaiLines.words(label).stream()
                                .mapToDouble(w -> flow.canvas.fonts.width(w, LEVEL_PT, true))
                                .max()
                                .orElse(0)
                        - (level - 2 * PAD));
        if (levels.key() != null) {
            flow.keep(3 * lineHeight(BODY));
            flow.paragraph(levels.key(), SMALL, false, 0, PdfFlow.Align.LEFT);
        }
        List<List<Line>> header = new ArrayList<>();
        header.add(List.of(new Line(FormTexts.THAI.text("number"), BODY, true)));
        header.add(List.of(new Line(
                items.options.bilingual() ? FormTexts.bilingual("item") : FormTexts.THAI.text("item"), BODY, true)));
        for (String text : levels.headers()) {
            header.add(List.of(new Line(text, levels.key() == null ? LEVEL_PT : BODY, true)));
        }
        row(header, true, true);
        for (int r = 0; r < rows.size(); r++) {
            InstrumentItem item = rows.get(r);
            List<List<Line>> cells = new ArrayList<>();
            cells.add(List.of(new Line(items.digits(firstNumber + r) + ".", SMALL, false)));
            cells.add(List.of(
                    new Line(PdfItems.text(item.getName()) + (item.isRequired() ? " *" : ""), SMALL, false),
                    new Line(PdfItems.text(items.english(item.getNameEn())), HINT, false)));
            scale.getLevels().forEach(l -> cells.add(List.of()));
            if (flow.y - height(cells) < flow.frame().bottom()) {
                flow.keep(Float.MAX_VALUE);
                row(header, true, true);
            }
            row(cells, false, false);
        }
        flow.space(8);
    }

    private float width(int column) {
        return column == 0 ? NUM : column == 1 ? topic : level;
    }

    private List<String> wrapped(Line line, int column) {
        return line.text().isEmpty()
                ? List.of()
                : flow.wrap(line.text(), line.size(), line.bold(), width(column) - 2 * PAD);
    }

    private float height(List<List<Line>> cells) {
        float max = lineHeight(BODY);
        for (int c = 0; c < cells.size(); c++) {
            float h = 0;
            for (Line line : cells.get(c)) {
                h += wrapped(line, c).size() * lineHeight(line.size());
            }
            max = Math.max(max, h);
        }
        return max + 2 * PAD;
    }

    private void row(List<List<Line>> cells, boolean centred, boolean header) {
        float h = height(cells);
        float top = flow.y;
        float x = flow.frame().left();
        for (int c = 0; c < cells.size(); c++) {
            float w = width(c);
            float y = top - PAD;
            for (Line line : cells.get(c)) {
                for (String text : wrapped(line, c)) {
                    float tx = centred || c == 0
                            ? x + (w - flow.canvas.fonts.width(text, line.size(), line.bold())) / 2
                            : x + PAD;
                    flow.canvas.text(text, tx, y - ascent(line.size()), line.size(), line.bold());
                    y -= lineHeight(line.size());
                }
            }
            flow.canvas.rect(x, top - h, w, h, header ? 0.8f : 0.5f);
            x += w;
        }
        flow.y = top - h;
    }
}
