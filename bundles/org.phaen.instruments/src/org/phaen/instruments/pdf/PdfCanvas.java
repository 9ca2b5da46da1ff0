package org.phaen.instruments.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A4 pages whose content streams are written by hand, because each glyph goes where Java2D's shaping put
 * it: one {@code Tm} and one glyph id per glyph. Each line of text is a marked-content span whose
 * ActualText is the line's Unicode text, so copying and searching give back exactly what was written even
 * for alternate glyphs that have no Unicode of their own.
 */
final class PdfCanvas {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth(), PAGE_HEIGHT = PDRectangle.A4.getHeight();
    /** Thai government document margins: 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom. */
    static final float LEFT = 85.04f, RIGHT = PAGE_WIDTH - 56.69f, TOP = PAGE_HEIGHT - 70.87f, BOTTOM = 56.69f;

    final PDDocument doc;
    final PdfFonts fonts;
    private final boolean actualText;
    private final List<StringBuilder> pages = new ArrayList<>();
    private StringBuilder page;

    PdfCanvas(PDDocument doc, boolean actualText) throws IOException {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
        this.actualText = actualText;
        newPage();
    }

    void newPage() {
        page = new StringBuilder(8192);
        pages.add(page);
    }

    int pageCount() {
        return pages.size();
    }

    /** Switches drawing to an earlier page (page numbers are added once all pages exist). */
    void onPage(int index) {
        page = pages.get(index);
    }

    void text(String text, float x, float baseline, float size, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        ShapedText run = fonts.shape(text, bold);
        float scale = size / 1000f;
        if (actualText) {
            page.append("/Span <</ActualText <FEFF")
                .append(HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE))).append(">>> BDC\n");
        }
        page.append("BT /").append(bold ? PdfFonts.BOLD : PdfFonts.REGULAR).append(' ').append(num(size)).append(" Tf\n");
        for (int i = 0; i < run.glyphs().length; i++) {
            int glyph = run.glyphs()[i];
            if (glyph == ShapedText.INVISIBLE_1 || glyph == ShapedText.INVISIBLE_2) {
                continue;
            }
            page.append("1 0 0 1 ").append(num(x + run.x()[i] * scale)).append(' ').append(num(baseline + run.y()[i] * scale))
                .append(" Tm <").append(String.format(Locale.ROOT, "%04X", glyph)).append("> Tj\n");
        }
        page.append("ET\n");
        if (actualText) {
            page.append("EMC\n");
        }
    }

    void line(float x1, float y1, float x2, float y2, float width) {
        page.append(num(width)).append(" w ").append(num(x1)).append(' ').append(num(y1)).append(" m ")
            .append(num(x2)).append(' ').append(num(y2)).append(" l S\n");
    }

    void rect(float x, float y, float w, float h, float width) {
        page.append(num(width)).append(" w ").append(num(x)).append(' ').append(num(y)).append(' ')
            .append(num(w)).append(' ').append(num(h)).append(" re S\n");
    }

    void save(OutputStream out) throws IOException {
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName(PdfFonts.REGULAR), fonts.regular);
        resources.put(COSName.getPDFName(PdfFonts.BOLD), fonts.bold);
        for (StringBuilder content : pages) {
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            pdfPage.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            }
            pdfPage.setContents(stream);
            doc.addPage(pdfPage);
        }
        doc.save(out);
    }

    private static String num(float v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
