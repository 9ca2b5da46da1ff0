/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF anchor of {@code bench instruments}: one progress form written with PDFBox alone, the way a programmer would
 * write it by hand (each line of text with {@code showText} in the same font, size and place, PDFBox choosing the glyphs
 * and cutting the font subsets, the same rules and boxes). The lines, their places and the drawing are read once from a
 * form Phaen wrote (each line is a marked span whose ActualText is its text), so both write the same page; writing it
 * runs no Phaen code. What PDFBox alone does not do is shape Thai: it puts each character's own glyph, unshaped.
 */
final class RawPdfBoxForm implements RawForm {

    private record Line(String text, float x, float y, float size, boolean bold) {}

    /** A drawing operator (line width, path, stroke, fill, grey) with its numbers. */
    private record Draw(String operator, float[] operands) {}

    private record Page(float width, float height, List<Object> content) {}

    private final byte[] regular, bold;
    private final List<Page> pages = new ArrayList<>();

    private RawPdfBoxForm(byte[] regular, byte[] bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The content of a PDF that Phaen wrote, and the two font files it embedded subsets of. */
    static RawPdfBoxForm of(byte[] pdf, byte[] regularFont, byte[] boldFont) throws IOException {
        RawPdfBoxForm form = new RawPdfBoxForm(regularFont, boldFont);
        try (PDDocument doc = Loader.loadPDF(pdf);
                PDDocument scratch = new PDDocument()) {
            PDType0Font[] fonts = form.fonts(scratch);
            for (PDPage page : doc.getPages()) {
                form.pages.add(new Page(
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), content(page, fonts)));
            }
        }
        return form;
    }

    private static List<Object> content(PDPage page, PDType0Font[] fonts) throws IOException {
        List<Object> content = new ArrayList<>();
        List<COSBase> operands = new ArrayList<>();
        String text = null;
        float size = 0, x = Float.NaN, y = 0;
        boolean boldLine = false;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            switch (operator.getName()) {
                case "BDC" ->
                    text = operands.get(1) instanceof COSDictionary d ? d.getString(COSName.ACTUAL_TEXT) : null;
                case "BT" -> x = Float.NaN;
                case "Tf" -> {
                    boldLine = "F2".equals(((COSName) operands.get(0)).getName());
                    size = ((COSNumber) operands.get(1)).floatValue();
                }
                case "Tm" -> {
                    if (Float.isNaN(x)) {
                        x = ((COSNumber) operands.get(4)).floatValue();
                        y = ((COSNumber) operands.get(5)).floatValue();
                    }
                }
                case "ET" -> {
                    if (text != null && !Float.isNaN(x)) {
                        content.add(new Line(encodable(text, fonts[boldLine ? 1 : 0]), x, y, size, boldLine));
                    }
                }
                case "w", "m", "l", "re", "S", "f", "g", "q", "Q" -> {
                    float[] numbers = new float[operands.size()];
                    for (int i = 0; i < numbers.length; i++) {
                        numbers[i] = ((COSNumber) operands.get(i)).floatValue();
                    }
                    content.add(new Draw(operator.getName(), numbers));
                }
                default -> {
                    // text-object operators already read (Tj of each glyph), marked-content ends
                }
            }
            operands.clear();
        }
        return content;
    }

    /** The text without the characters the font has no glyph for (PDFBox would refuse the line). */
    private static String encodable(String text, PDType0Font font) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            try {
                font.encode(Character.toString(c));
                kept.appendCodePoint(c);
            } catch (IllegalArgumentException | IOException e) {
                // not in the font: Phaen draws a stand-in (the tick), PDFBox alone cannot
            }
        });
        return kept.toString();
    }

    private PDType0Font[] fonts(PDDocument doc) throws IOException {
        return new PDType0Font[] {
            PDType0Font.load(doc, new RandomAccessReadBuffer(regular), true, false),
            PDType0Font.load(doc, new RandomAccessReadBuffer(bold), true, false)
        };
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font[] fonts = fonts(doc);
            for (Page page : pages) {
                PDPage pdfPage = new PDPage(new PDRectangle(page.width(), page.height()));
                doc.addPage(pdfPage);
                try (PDPageContentStream stream = new PDPageContentStream(doc, pdfPage)) {
                    for (Object item : page.content()) {
                        if (item instanceof Line line) {
                            stream.beginText();
                            stream.setFont(fonts[line.bold() ? 1 : 0], line.size());
                            stream.newLineAtOffset(line.x(), line.y());
                            stream.showText(line.text());
                            stream.endText();
                        } else {
                            draw(stream, (Draw) item);
                        }
                    }
                }
            }
            doc.save(out);
        }
    }

    private static void draw(PDPageContentStream stream, Draw draw) throws IOException {
        float[] n = draw.operands();
        switch (draw.operator()) {
            case "w" -> stream.setLineWidth(n[0]);
            case "m" -> stream.moveTo(n[0], n[1]);
            case "l" -> stream.lineTo(n[0], n[1]);
            case "re" -> stream.addRect(n[0], n[1], n[2], n[3]);
            case "S" -> stream.stroke();
            case "f" -> stream.fill();
            case "g" -> stream.setNonStrokingColor(n[0]);
            case "q" -> stream.saveGraphicsState();
            case "Q" -> stream.restoreGraphicsState();
            default -> throw new IllegalStateException(draw.operator());
        }
    }
}
