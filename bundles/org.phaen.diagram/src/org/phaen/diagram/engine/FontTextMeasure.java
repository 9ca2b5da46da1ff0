/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Locale;
import java.util.ResourceBundle;
import org.phaen.fonts.ThaiFonts;

/**
 * Text metrics from a Java2D font (headless-safe: no window is opened), by default the Sarabun Phaen ships.
 */
public final class FontTextMeasure implements TextMeasure {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final double BASE_SIZE = 100;
    /** From metrics.properties beside this class (this bundle's class loader finds it under OSGi). */
    private static final String LINE_SAMPLE = ResourceBundle.getBundle(
                    "org.phaen.diagram.engine.metrics", Locale.ROOT, FontTextMeasure.class.getClassLoader())
            .getString("lineSample");

    private final Font font;

    public FontTextMeasure(Font font) {
        this.font = font.deriveFont((float) BASE_SIZE);
    }

    /** The Sarabun Phaen ships (org.phaen.fonts), the same metrics the SVG and PDF output are drawn with. */
    public static FontTextMeasure sarabun() {
        return new FontTextMeasure(ThaiFonts.awt(ThaiFonts.Weight.REGULAR));
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
        LineMetrics m = font.getLineMetrics(LINE_SAMPLE, CONTEXT);
        return (m.getAscent() + m.getDescent() + m.getLeading()) * fontSize / BASE_SIZE;
    }
}
