/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.pdf;

import static org.phaen.documents.pdf.PdfFlow.BODY;
import static org.phaen.documents.pdf.PdfFlow.lineHeight;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.phaen.documents.Wording;
import org.phaen.documents.pdf.PdfCanvas;
import org.phaen.documents.pdf.PdfFlow;
import org.phaen.documents.pdf.PdfFlow.Align;
import org.phaen.instruments.FormLayout;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.TitleBlock;
import org.phaen.model.EvaluationInstrument;

/**
 * A print-ready PDF form with correct Thai: Java2D shapes every line (marks on their base consonant, tone
 * marks clear of upper vowels) and PDFBox writes the shaped glyphs with the shipped Sarabun embedded (the glyphs used, as a
 * subset), so the file looks the same on every machine. Same content and order as the DOCX form; page numbers in the footer.
 */
public final class PdfRenderer implements InstrumentRenderer {

    private final boolean actualText;

    public PdfRenderer() {
        this(true);
    }

    /** Without the ActualText spans, text extraction sees the glyphs themselves (tests read their positions). */
    PdfRenderer(boolean actualText) {
        this.actualText = actualText;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void render(EvaluationInstrument instrument, RenderOptions options, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfCanvas canvas = new PdfCanvas(doc, actualText);
            PdfFlow flow = new PdfFlow(canvas);
            PdfItems items = new PdfItems(flow, options);
            TitleBlock block = TitleBlock.of(instrument, options);
            titleBlock(flow, block, options.bilingual());
            FormLayout.walk(instrument.getItems(), new PdfSections(flow, items));
            closing(flow, instrument, options);
            pageNumbers(canvas, instrument, items);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(block.title());
            info.setSubject(instrument.getUuid());
            info.setCreator("Phaen");
            doc.getDocumentCatalog().setLanguage("th");
            canvas.save(out, instrument.getUuid() == null ? block.title() : instrument.getUuid());
        }
        out.flush();
    }

    private static void titleBlock(PdfFlow flow, TitleBlock block, boolean bilingual) {
        flow.paragraph(block.formCode(), 13, false, 0, Align.RIGHT);
        flow.paragraph(block.title(), 20, true, 0, Align.CENTER);
        flow.paragraph(bilingual ? block.titleEn() : null, 14, false, 0, Align.CENTER);
        flow.paragraph(block.fiscalYear(), BODY, true, 0, Align.CENTER);
        flow.paragraph(block.issue(), 14, false, 0, Align.CENTER);
        flow.space(10);
        if (block.hasInstructions()) {
            String text = (block.rateInstruction() ? TitleBlock.RATE_INSTRUCTION + " " : "")
                    + (block.requiredInstruction() ? TitleBlock.requiredInstruction("*") : "");
            flow.paragraph(TitleBlock.INSTRUCTIONS, BODY, true, 0, Align.LEFT);
            flow.paragraph(text.strip(), BODY, false, 0, Align.LEFT);
            flow.space(4);
        }
    }

    private static void closing(PdfFlow flow, EvaluationInstrument instrument, RenderOptions options) {
        flow.space(12);
        if (FormTexts.endsWithThanks(instrument)) {
            flow.paragraph(FormTexts.THANKS, BODY, false, 0, Align.CENTER);
        } else {
            flow.keep(FormTexts.SIGNATURE.size() * lineHeight(BODY));
            float half = flow.frame().textWidth() / 2;
            FormTexts.SIGNATURE.forEach(line -> flow.paragraph(line, BODY, false, half, Align.CENTER));
        }
        flow.space(16);
        flow.keep(2 * lineHeight(12));
        flow.canvas.line(flow.frame().left(), flow.y, flow.frame().right(), flow.y, 0.5f);
        flow.space(3);
        flow.paragraph(FormTexts.formCodeLine(instrument, options), 12, false, 0, Align.LEFT);
        flow.paragraph(instrument.getUuid(), 10, false, 0, Align.LEFT);
    }

    /** The code and the page as n/N at the foot of every page, once the number of pages is known. */
    private static void pageNumbers(PdfCanvas canvas, EvaluationInstrument instrument, PdfItems items) {
        int pages = canvas.pageCount();
        String code = instrument.getCode() == null ? "" : instrument.getCode() + " ";
        for (int i = 0; i < pages; i++) {
            canvas.onPage(i);
            String label = code + Wording.THAI.text("page") + " " + items.digits(i + 1) + "/" + items.digits(pages);
            float width = canvas.fonts.width(label, 12, false);
            canvas.text(label, canvas.frame().right() - width, canvas.frame().bottom() - 24, 12, false);
        }
    }
}
