/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.phaen.fonts.ThaiFonts;

/** Thai marks sit on their base consonant in our PDFs, read back from the glyph outlines on the page. */
class GlyphPositionsTest {

    /** Stacked marks (ที่ นี่ ปั้น), tone marks on tall consonants (ป ฟ), tails that must go before ู (ญู ฐู). */
    static final String TRICKY = "ผู้ใหญ่บ้านน้ำใจดี ที่นี่ ปั้น ฟ้า กตัญญู ฐูป ปี่ ป่า";

    @Test
    void shapedGlyphsKeepMarksOnTheirBase() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            PdfCanvas canvas = new PdfCanvas(doc, false);
            canvas.text(TRICKY, 72, 700, 24, false);
            canvas.save(out, "test");
            pdf = out.toByteArray();
        }
        GlyphPositions boxes = read(pdf);
        assertTrue(boxes.glyphs.stream().filter(GlyphPositions.Glyph::mark).count() >= 15, "the line has many marks");
        assertEquals(List.of(), boxes.problems());
    }

    /** The check can fail: PDFBox's own text showing (no Thai shaping) stacks tone marks onto upper vowels. */
    @Test
    void unshapedTextIsCaughtByTheSameCheck() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, ThaiFonts.open(ThaiFonts.Weight.REGULAR), false);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 24);
                content.newLineAtOffset(72, 700);
                content.showText(TRICKY);
                content.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertFalse(read(pdf).problems().isEmpty(), "naive PDF text must show mark collisions");
    }

    private static GlyphPositions read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new GlyphPositions(doc.getPage(0));
        }
    }
}
