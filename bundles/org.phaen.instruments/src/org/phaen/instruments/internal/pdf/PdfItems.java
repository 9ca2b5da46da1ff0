/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.pdf;

import static org.phaen.documents.pdf.PdfFlow.BODY;
import static org.phaen.documents.pdf.PdfFlow.HINT;
import static org.phaen.documents.pdf.PdfFlow.INDENT;
import static org.phaen.documents.pdf.PdfFlow.SMALL;
import static org.phaen.documents.pdf.PdfFlow.ascent;
import static org.phaen.documents.pdf.PdfFlow.lineHeight;
import static org.phaen.instruments.FormLayout.hasLevels;
import static org.phaen.instruments.FormLayout.kind;

import java.util.List;
import org.phaen.documents.pdf.PdfFlow;
import org.phaen.documents.pdf.PdfFlow.Align;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.RenderOptions;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.ScaleLevel;

/** One item as the paper form shows it, like the DOCX form: number, Thai label, English label (bilingual print), hint, answer area. */
final class PdfItems {

    private final PdfFlow flow;
    final RenderOptions options;

    PdfItems(PdfFlow flow, RenderOptions options) {
        this.flow = flow;
        this.options = options;
    }

    /** Numbers the form adds; user text is never converted. */
    String digits(Object value) {
        return options.digits(value);
    }

    /** The English text under the Thai, in a bilingual print only. */
    String english(String text) {
        return options.bilingual() ? text : null;
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    void note(InstrumentItem item, boolean heading) {
        flow.space(4);
        flow.keep(3 * lineHeight(BODY));
        flow.paragraph(text(item.getName()), heading ? 17 : BODY, true, 0, Align.LEFT);
        flow.paragraph(english(item.getNameEn()), SMALL, false, 0, Align.LEFT);
    }

    void item(InstrumentItem item, int number) {
        // The label and the start of its answer area stay on one page.
        flow.keep(4 * lineHeight(BODY));
        flow.numbered(digits(number) + ".", text(item.getName()) + (item.isRequired() ? " *" : ""), BODY, false);
        flow.paragraph(english(item.getNameEn()), SMALL, false, INDENT, Align.LEFT);
        flow.paragraph(item.getHint(), HINT, false, INDENT, Align.LEFT);
        answer(item);
    }

    private void answer(InstrumentItem item) {
        switch (kind(item)) {
            case YES_NO -> boxes(List.of(FormTexts.YES, FormTexts.NO), INDENT);
            case SELECT_ONE, SELECT_MULTIPLE, RATING -> choices(item);
            case DATE -> flow.paragraph(FormTexts.DATE_LINE, BODY, false, INDENT, Align.LEFT);
            case NUMBER, DECIMAL -> {
                String unit =
                        item.getIndicator() == null ? null : item.getIndicator().getUnit();
                flow.paragraph(
                        FormTexts.DOTS + (unit == null || unit.isBlank() ? "" : " " + unit),
                        BODY,
                        false,
                        INDENT,
                        Align.LEFT);
            }
            default -> {
                for (int i = 0; i < 3; i++) {
                    flow.paragraph(FormTexts.DOTS + FormTexts.DOTS.substring(0, 30), BODY, false, INDENT, Align.LEFT);
                }
            }
        }
        flow.space(2);
    }

    private void choices(InstrumentItem item) {
        if (!hasLevels(item)) {
            flow.paragraph(FormTexts.DOTS, BODY, false, INDENT, Align.LEFT);
            return;
        }
        if (kind(item) == ItemKind.SELECT_MULTIPLE) {
            flow.paragraph(FormTexts.SELECT_ALL, HINT, false, INDENT, Align.LEFT);
        }
        for (ScaleLevel level : item.getScale().getLevels()) {
            String th = level.getLabel() == null ? digits(level.getValue()) : level.getLabel();
            String en =
                    english(level.getLabelEn()) == null || level.getLabelEn().isBlank()
                            ? ""
                            : " (" + level.getLabelEn() + ")";
            choice(th + en, INDENT);
        }
    }

    /** One choice: a box, then its label wrapped beside it. */
    private void choice(String label, float indent) {
        flow.keep(lineHeight(BODY));
        float box = BODY * 0.55f;
        flow.canvas.rect(flow.frame().left() + indent, flow.y - ascent(BODY) - BODY * 0.02f, box, box, 0.6f);
        flow.paragraph(label, BODY, false, indent + box + BODY * 0.35f, Align.LEFT);
    }

    /** Short choices side by side on one line, each after a box drawn as a square (Sarabun has no ☐ glyph). */
    private void boxes(List<String> choices, float indent) {
        float size = BODY;
        flow.keep(lineHeight(size));
        float x = flow.frame().left() + indent;
        float box = size * 0.55f;
        for (String choice : choices) {
            flow.canvas.rect(x, flow.y - ascent(size) - size * 0.02f, box, box, 0.6f);
            flow.canvas.text(choice, x + box + size * 0.35f, flow.y - ascent(size), size, false);
            x += box + size * 0.35f + flow.canvas.fonts.width(choice, size, false) + size * 1.5f;
        }
        flow.y -= lineHeight(size);
    }
}
