/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.docx;

import static org.phaen.documents.docx.ThaiRuns.BODY_PT;
import static org.phaen.documents.docx.ThaiRuns.run;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.phaen.documents.Wording;
import org.phaen.documents.docx.DocxFooter;
import org.phaen.documents.docx.DocxStyles;
import org.phaen.documents.docx.DocxText;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.instruments.FormLayout;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.TitleBlock;
import org.phaen.model.EvaluationInstrument;

/**
 * An editable Word form (Apache POI XWPF) laid out like the HTML renderer and Thai government
 * documents: A4, the shared styles (TH Sarabun New 16 pt), form code top right and in the page footer with
 * the page as n/N, centred bold title, B.E. dates, ☐ boxes, dotted lines, a rating table. Items are marked with bookmarks named after their uuids
 * ({@link DocxText#bookmark}); the instrument's uuid is the document's identifier property.
 */
public final class DocxRenderer implements InstrumentRenderer {

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void render(EvaluationInstrument instrument, RenderOptions options, OutputStream out) throws IOException {
        try (XWPFDocument doc = ThaiRuns.document()) {
            DocxFooter.write(doc, instrument.getCode(), Wording.THAI);
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(DocxText.clean(instrument.getName()));
            core.setIdentifier(DocxText.clean(instrument.getUuid()));
            core.setCreator("Phaen");
            DocxItems items = new DocxItems(doc, options);
            TitleBlock block = TitleBlock.of(instrument, options);
            titleBlock(doc, block, options.bilingual());
            instructions(doc, block);
            FormLayout.walk(instrument.getItems(), new DocxSections(doc, items));
            closing(doc, instrument);
            footer(doc, instrument, options);
            doc.write(out); // POI does not close the caller's stream
        }
        out.flush();
    }

    private static void titleBlock(XWPFDocument doc, TitleBlock block, boolean bilingual) {
        if (block.formCode() != null) {
            run(ThaiRuns.paragraph(doc, ParagraphAlignment.RIGHT, 120), block.formCode(), 13, false);
        }
        XWPFParagraph title = ThaiRuns.paragraph(doc, ParagraphAlignment.CENTER, 0);
        title.setStyle(DocxStyles.TITLE);
        run(title, block.title(), 20, true);
        if (block.titleEn() != null && bilingual) {
            run(ThaiRuns.paragraph(doc, ParagraphAlignment.CENTER, 0), block.titleEn(), 14, false);
        }
        if (block.fiscalYear() != null) {
            run(ThaiRuns.paragraph(doc, ParagraphAlignment.CENTER, 0), block.fiscalYear(), BODY_PT, true);
        }
        if (block.issue() != null) {
            run(ThaiRuns.paragraph(doc, ParagraphAlignment.CENTER, 240), block.issue(), 14, false);
        }
    }

    private static void instructions(XWPFDocument doc, TitleBlock block) {
        if (!block.hasInstructions()) {
            return;
        }
        XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 120);
        run(p, TitleBlock.INSTRUCTIONS, BODY_PT, true)
                .setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        if (block.rateInstruction()) {
            run(p, " " + TitleBlock.RATE_INSTRUCTION, BODY_PT, false);
        }
        if (block.requiredInstruction()) {
            run(p, " " + TitleBlock.requiredInstruction("*"), BODY_PT, false);
        }
    }

    private static void closing(XWPFDocument doc, EvaluationInstrument instrument) {
        if (FormTexts.endsWithThanks(instrument)) {
            run(ThaiRuns.paragraph(doc, ParagraphAlignment.CENTER, 240), FormTexts.THANKS, BODY_PT, false);
            return;
        }
        for (String line : FormTexts.SIGNATURE) {
            XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.CENTER, 0);
            p.setIndentationLeft(ThaiRuns.TEXT_WIDTH / 2);
            p.setKeepNext(true);
            run(p, line, BODY_PT, false);
        }
    }

    /** Printed identifiers so a returned paper form can be matched to this instrument. */
    private static void footer(XWPFDocument doc, EvaluationInstrument instrument, RenderOptions options) {
        XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 0);
        p.setSpacingBefore(480);
        p.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        run(p, FormTexts.formCodeLine(instrument, options), 12, false);
        ThaiRuns.nextLine(p, DocxText.clean(instrument.getUuid()), 10, false);
    }
}
