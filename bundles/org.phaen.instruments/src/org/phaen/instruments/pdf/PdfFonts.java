package org.phaen.instruments.pdf;

import java.awt.Font;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.phaen.fonts.ThaiFonts;
import org.phaen.fonts.ThaiFonts.Weight;

/**
 * The shipped Sarabun twice over: as Java2D fonts that shape Thai, and as PDF fonts embedded whole (a subset
 * would have to be told about the alternate glyphs GSUB picks; embedding all of it is simpler and ~80 KB).
 * Shaped runs are cached: forms repeat the same labels, dots and choices many times.
 */
final class PdfFonts {

    static final String REGULAR = "F1", BOLD = "F2";

    private static final Font AWT_REGULAR = ThaiFonts.awt(Weight.REGULAR).deriveFont(1000f);
    private static final Font AWT_BOLD = ThaiFonts.awt(Weight.BOLD).deriveFont(1000f);

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<String, ShapedText> regularRuns = new HashMap<>();
    private final Map<String, ShapedText> boldRuns = new HashMap<>();

    PdfFonts(PDDocument doc) throws IOException {
        regular = PDType0Font.load(doc, ThaiFonts.open(Weight.REGULAR), false);
        bold = PDType0Font.load(doc, ThaiFonts.open(Weight.BOLD), false);
    }

    /** Shaped as drawn; the ActualText of the line keeps the original characters. */
    ShapedText shape(String text, boolean boldWeight) {
        return boldWeight ? boldRuns.computeIfAbsent(text, t -> ShapedText.shape(drawable(t), AWT_BOLD))
            : regularRuns.computeIfAbsent(text, t -> ShapedText.shape(drawable(t), AWT_REGULAR));
    }

    /** Sarabun has no check marks; √ is the tick Thai paper forms have long used. */
    private static String drawable(String text) {
        return text.replace('\u2713', '\u221A').replace('\u2714', '\u221A');
    }

    float width(String text, float size, boolean boldWeight) {
        return shape(text, boldWeight).width(size);
    }
}
