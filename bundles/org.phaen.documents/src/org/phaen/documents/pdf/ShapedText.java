/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;

/**
 * A run of text as Java2D shapes it: glyph ids (after Thai GSUB) and their positions (after GPOS, which
 * moves tone marks off upper vowels and onto narrow or tall consonants). Positions are in 1/1000 em, as
 * PDF glyph space is, so one shaping serves every font size.
 */
public record ShapedText(String text, int[] glyphs, float[] x, float[] y, float advance) {

    /** Glyph ids Java2D uses for "no glyph here" (invisible), never to be written. */
    static final int INVISIBLE_1 = 0xFFFE, INVISIBLE_2 = 0xFFFF;

    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    static ShapedText shape(String text, Font oneThousandPoint) {
        char[] chars = text.toCharArray();
        GlyphVector gv = oneThousandPoint.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] glyphs = gv.getGlyphCodes(0, n, null);
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            Point2D p = gv.getGlyphPosition(i);
            x[i] = (float) p.getX();
            y[i] = (float) -p.getY(); // Java2D's y grows downwards, PDF's upwards
        }
        return new ShapedText(text, glyphs, x, y, (float) gv.getGlyphPosition(n).getX());
    }

    static boolean visible(int glyph) {
        return glyph != INVISIBLE_1 && glyph != INVISIBLE_2;
    }

    /** Width at {@code size} points. */
    public float width(float size) {
        return advance * size / 1000f;
    }
}
