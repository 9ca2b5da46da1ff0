/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Pages whose content streams are written by hand, because each glyph goes where Java2D's shaping put it: one
 * {@code Tm} and one glyph id per glyph. Each line of text is a marked-content span whose ActualText is the
 * line's Unicode text, so copying and searching give back exactly what was written even for alternate glyphs
 * that have no Unicode of their own. Pages are A4 portrait unless a {@link PageFrame} says otherwise.
 */
public final class PdfCanvas {

    private record Page(PageFrame frame, StringBuilder content) {}

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    final PDDocument doc;
    public final PdfFonts fonts;
    private final boolean actualText;
    private final List<Page> pages = new ArrayList<>();
    private final List<PDPage> written = new ArrayList<>();
    private Page page;
    private int current = -1;

    public PdfCanvas(PDDocument doc, boolean actualText) throws IOException {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
        this.actualText = actualText;
        newPage(PageFrame.A4);
    }

    public PDDocument document() {
        return doc;
    }

    /** A new page like the current one. */
    public void newPage() {
        newPage(page.frame());
    }

    public void newPage(PageFrame frame) {
        page = new Page(frame, new StringBuilder(8192));
        pages.add(page);
        current = pages.size() - 1;
    }

    /** Gives the current page, still empty, another size (the first section's orientation). */
    public void replaceFrame(PageFrame frame) {
        page = new Page(frame, page.content());
        pages.set(current, page);
    }

    /** The current page's size and text area. */
    public PageFrame frame() {
        return page.frame();
    }

    public int pageCount() {
        return pages.size();
    }

    /** Index of the page drawn on, from 0. */
    public int pageIndex() {
        return current;
    }

    /** Switches drawing to an earlier page (page numbers are added once all pages exist). */
    public void onPage(int index) {
        page = pages.get(index);
        current = index;
    }

    public void text(String text, float x, float baseline, float size, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        ShapedText run = fonts.shape(text, bold);
        float scale = size / 1000f;
        StringBuilder out = page.content();
        if (actualText) {
            out.append("/Span <</ActualText <FEFF")
                    .append(HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE)))
                    .append(">>> BDC\n");
        }
        out.append("BT /")
                .append(bold ? PdfFonts.BOLD : PdfFonts.REGULAR)
                .append(' ')
                .append(num(size))
                .append(" Tf\n");
        for (int i = 0; i < run.glyphs().length; i++) {
            int glyph = run.glyphs()[i];
            if (!ShapedText.visible(glyph)) {
                continue;
            }
            fonts.used(glyph, bold);
            out.append("1 0 0 1 ");
            appendNum(out, x + run.x()[i] * scale);
            out.append(' ');
            appendNum(out, baseline + run.y()[i] * scale);
            out.append(" Tm <")
                    .append(HEX[glyph >> 12 & 15])
                    .append(HEX[glyph >> 8 & 15])
                    .append(HEX[glyph >> 4 & 15])
                    .append(HEX[glyph & 15])
                    .append("> Tj\n");
        }
        out.append("ET\n");
        if (actualText) {
            out.append("EMC\n");
        }
    }

    public void line(float x1, float y1, float x2, float y2, float width) {
        page.content()
                .append(num(width))
                .append(" w ")
                .append(num(x1))
                .append(' ')
                .append(num(y1))
                .append(" m ")
                .append(num(x2))
                .append(' ')
                .append(num(y2))
                .append(" l S\n");
    }

    public void rect(float x, float y, float w, float h, float width) {
        page.content()
                .append(num(width))
                .append(" w ")
                .append(num(x))
                .append(' ')
                .append(num(y))
                .append(' ')
                .append(num(w))
                .append(' ')
                .append(num(h))
                .append(" re S\n");
    }

    /** A rectangle filled in a grey ({@code 0} black, {@code 1} white), under what is drawn after it. */
    public void fillRect(float x, float y, float w, float h, float gray) {
        page.content()
                .append("q ")
                .append(num(gray))
                .append(" g ")
                .append(num(x))
                .append(' ')
                .append(num(y))
                .append(' ')
                .append(num(w))
                .append(' ')
                .append(num(h))
                .append(" re f Q\n");
    }

    /** Raw content-stream operators for drawings (paths, colours); callers write numbers with {@link #num}. */
    public void draw(String operators) {
        page.content().append(operators);
    }

    /**
     * The PDF pages, made once all drawing is done; outlines, links and destinations refer to them. Drawing
     * after this call is lost.
     */
    public List<PDPage> pages() throws IOException {
        if (written.isEmpty()) {
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName(PdfFonts.REGULAR), fonts.regular);
            resources.put(COSName.getPDFName(PdfFonts.BOLD), fonts.bold);
            for (Page p : pages) {
                PDPage pdfPage =
                        new PDPage(new PDRectangle(p.frame().width(), p.frame().height()));
                pdfPage.setResources(resources);
                PDStream stream = new PDStream(doc);
                try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    os.write(p.content().toString().getBytes(StandardCharsets.US_ASCII));
                }
                pdfPage.setContents(stream);
                doc.addPage(pdfPage);
                written.add(pdfPage);
            }
        }
        return written;
    }

    /**
     * Writes the document. The file identifier derives from {@code identity} (the UUID of what the document
     * shows) instead of the clock, so an unchanged source gives the same bytes.
     */
    public void save(OutputStream out, String identity) throws IOException {
        save(out, identity, new PdfNavigation());
    }

    /** Writes the document with its outline, named destinations and links. */
    public void save(OutputStream out, String identity, PdfNavigation navigation) throws IOException {
        navigation.write(doc, pages());
        fonts.subset();
        doc.setDocumentId(UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits());
        doc.save(out);
    }

    /** {@code v} with two decimals, rounded half up as {@code String.format("%.2f")} does (which took a quarter of a form's time). */
    public static String num(float v) {
        StringBuilder out = new StringBuilder(12);
        appendNum(out, v);
        return out.toString();
    }

    static void appendNum(StringBuilder out, float v) {
        if (!Float.isFinite(v) || Math.abs(v) >= 1e15f) {
            out.append(String.format(Locale.ROOT, "%.2f", v));
            return;
        }
        if (v < 0) {
            out.append('-');
        }
        long hundredths = Math.round(Math.abs((double) v) * 100); // a float times 100 is exact in a double
        long cents = hundredths % 100;
        out.append(hundredths / 100)
                .append('.')
                .append((char) ('0' + cents / 10))
                .append((char) ('0' + cents % 10));
    }
}
