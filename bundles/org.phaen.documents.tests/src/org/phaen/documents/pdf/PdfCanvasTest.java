/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.phaen.fonts.ThaiFonts;

/** Sarabun embedded as a subset of the glyphs written, the text read back exactly, the same bytes twice. */
class PdfCanvasTest {

    private static byte[] twoLines() throws IOException {
        try (PDDocument doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            PdfCanvas canvas = new PdfCanvas(doc, true);
            canvas.text(GlyphPositionsTest.TRICKY, 72, 700, 16, false);
            canvas.text("ส่วนที่ ๑ บทนำ", 72, 670, 16, true);
            canvas.newPage(PageFrame.A4_LANDSCAPE);
            canvas.text("ปีงบประมาณ พ.ศ. ๒๕๖๒", 72, 400, 16, false);
            canvas.save(out, "test");
            return out.toByteArray();
        }
    }

    @Test
    void fontsAreSubsetsThatStillDrawEveryGlyphWritten() throws IOException {
        byte[] pdf = twoLines();
        long whole = ThaiFonts.bytes(ThaiFonts.Weight.REGULAR).length + ThaiFonts.bytes(ThaiFonts.Weight.BOLD).length;
        assertTrue(pdf.length < whole / 4, "the file is far smaller than the two fonts: " + pdf.length + " bytes");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (String name : List.of(PdfFonts.REGULAR, PdfFonts.BOLD)) {
                PDType0Font font = (PDType0Font) doc.getPage(0).getResources().getFont(COSName.getPDFName(name));
                assertTrue(font.isEmbedded(), name);
                assertTrue(
                        font.getName().matches("[A-Z]{6}\\+Sarabun-(Regular|Bold)"),
                        "a subset's tagged name: " + font.getName());
            }
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(GlyphPositionsTest.TRICKY), text);
            assertTrue(text.contains("ส่วนที่ ๑ บทนำ"), text);
            assertTrue(
                    doc.getPage(1).getMediaBox().getWidth()
                            > doc.getPage(1).getMediaBox().getHeight(),
                    "landscape page");
        }
        assertEquals(List.of(), GlyphPositions.problems(pdf));
    }

    @Test
    void anUnchangedDocumentGivesTheSameBytes() throws IOException {
        assertArrayEquals(twoLines(), twoLines());
    }
}
