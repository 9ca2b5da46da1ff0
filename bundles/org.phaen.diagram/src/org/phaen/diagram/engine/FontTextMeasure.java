package org.phaen.diagram.engine;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Text metrics from a Java2D font (headless-safe: no window is opened). Prefers the Sarabun TTF the instruments bundle
 * ships, then an installed Sarabun, then the logical SansSerif font, which fontconfig maps to a Thai-capable face.
 */
public final class FontTextMeasure implements TextMeasure {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final double BASE_SIZE = 100;

    private final Font font;

    public FontTextMeasure(Font font) {
        this.font = font.deriveFont((float) BASE_SIZE);
    }

    /** Sarabun from {@code <phaen.root>/bundles/org.phaen.instruments/fonts}, an installed Sarabun, or SansSerif. */
    public static FontTextMeasure sarabunOrDefault() {
        Path shipped = Path.of(System.getProperty("phaen.root", "."), "bundles", "org.phaen.instruments", "fonts", "Sarabun-Regular.ttf");
        if (Files.isRegularFile(shipped)) {
            try {
                return new FontTextMeasure(Font.createFont(Font.TRUETYPE_FONT, shipped.toFile()));
            } catch (FontFormatException | IOException e) {
                // fall through to an installed font: measuring with another face only changes node widths a little
            }
        }
        Font installed = new Font("Sarabun", Font.PLAIN, 12);
        boolean found = installed.getFamily(Locale.ROOT).equalsIgnoreCase("Sarabun");
        return new FontTextMeasure(found ? installed : new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    /** The family actually used (for reports and tests). */
    public String family() {
        return font.getFamily(Locale.ROOT);
    }

    @Override
    public double width(String text, double fontSize) {
        // Measured once at a fixed size and scaled: derived fonts per size would be created for every label.
        return font.getStringBounds(text, CONTEXT).getWidth() * fontSize / BASE_SIZE;
    }

    @Override
    public double lineHeight(double fontSize) {
        LineMetrics m = font.getLineMetrics("กู้ญ", CONTEXT);
        return (m.getAscent() + m.getDescent() + m.getLeading()) * fontSize / BASE_SIZE;
    }
}
