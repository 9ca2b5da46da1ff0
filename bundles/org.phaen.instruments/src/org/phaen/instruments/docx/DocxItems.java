/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.docx;

import static org.phaen.documents.docx.ThaiRuns.BODY_PT;
import static org.phaen.documents.docx.ThaiRuns.HINT_PT;
import static org.phaen.documents.docx.ThaiRuns.SMALL_PT;
import static org.phaen.documents.docx.ThaiRuns.run;
import static org.phaen.instruments.FormLayout.hasLevels;
import static org.phaen.instruments.FormLayout.kind;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.phaen.documents.docx.DocxText;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.RenderOptions;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;
import org.phaen.model.ScaleLevel;

/**
 * One item as the paper form shows it, mirroring the HTML renderer: number, Thai label, the English
 * label under it when the print is bilingual, the hint in a smaller size, and an answer area that suits the kind (dotted lines,
 * ☐ boxes, the Thai date line). The label paragraph carries a bookmark named after the item's uuid.
 */
final class DocxItems {

    static final String BOX = "\u2610"; // ☐
    static final String DOTS = FormTexts.DOTS;

    private final XWPFDocument doc;
    final RenderOptions options;
    private int bookmarkId;

    DocxItems(XWPFDocument doc, RenderOptions options) {
        this.doc = doc;
        this.options = options;
    }

    /** Numbers the form adds (item numbers, years, level values); user text is never converted. */
    String digits(Object value) {
        return options.digits(value);
    }

    /** A NOTE: a bold unnumbered line; {@code heading} when it stands for the section title. */
    void note(InstrumentItem item, boolean heading) {
        XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 60);
        p.setKeepNext(true);
        label(p, item, heading ? 17 : BODY_PT, true, null);
    }

    void item(InstrumentItem item, int number) {
        XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 0);
        p.setKeepNext(true);
        p.setIndentationLeft(567);
        p.setIndentationHanging(567);
        label(p, item, BODY_PT, false, digits(number) + ".\t");
        answer(item);
    }

    /**
     * Thai label (with the item number before it), required mark, then English label and hint as further
     * lines of the same paragraph, so the label stays one unit; the bookmark spans the Thai label.
     */
    void label(XWPFParagraph p, InstrumentItem item, int pt, boolean bold, String prefix) {
        BigInteger id = BigInteger.valueOf(bookmarkId++);
        var start = p.getCTP().addNewBookmarkStart();
        start.setId(id);
        start.setName(DocxText.bookmark(item.getUuid()));
        if (prefix != null) {
            run(p, prefix, pt, bold);
        }
        run(p, item.getName(), pt, bold);
        if (item.isRequired()) {
            run(p, " *", pt, true);
        }
        p.getCTP().addNewBookmarkEnd().setId(id);
        if (options.bilingual() && !DocxText.blank(item.getNameEn())) {
            ThaiRuns.nextLine(p, item.getNameEn(), SMALL_PT, false);
        }
        if (!DocxText.blank(item.getHint())) {
            ThaiRuns.nextLine(p, item.getHint(), HINT_PT, false).setItalic(true);
        }
    }

    private void answer(InstrumentItem item) {
        switch (kind(item)) {
            case YES_NO -> line(BOX + " " + FormTexts.YES + "        " + BOX + " " + FormTexts.NO);
            case SELECT_ONE, SELECT_MULTIPLE, RATING -> choices(item);
            case DATE -> line(FormTexts.DATE_LINE);
            case NUMBER, DECIMAL -> {
                String unit =
                        item.getIndicator() == null ? null : item.getIndicator().getUnit();
                line(DOTS + (DocxText.blank(unit) ? "" : " " + unit));
            }
            default -> {
                for (int i = 0; i < 3; i++) {
                    line(DOTS + DOTS.substring(0, 30));
                }
            }
        }
    }

    private void choices(InstrumentItem item) {
        if (!hasLevels(item)) {
            line(DOTS);
            return;
        }
        if (kind(item) == ItemKind.SELECT_MULTIPLE) {
            hintLine(FormTexts.SELECT_ALL);
        }
        for (ScaleLevel level : item.getScale().getLevels()) {
            String th = level.getLabel() == null ? digits(level.getValue()) : level.getLabel();
            boolean english = options.bilingual() && !DocxText.blank(level.getLabelEn());
            line(BOX + " " + th + (english ? " (" + level.getLabelEn() + ")" : ""));
        }
    }

    /** An answer line, indented under the label. */
    private void line(String text) {
        XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 0);
        p.setIndentationLeft(567);
        run(p, text, BODY_PT, false);
    }

    private void hintLine(String text) {
        XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 0);
        p.setIndentationLeft(567);
        run(p, text, HINT_PT, false).setItalic(true);
    }
}
