/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.phaen.fonts.ThaiFonts;
import org.phaen.fonts.ThaiFonts.Weight;

/**
 * The shipped Sarabun twice over: as Java2D fonts that shape Thai, and as PDF fonts embedded as subsets. The
 * content streams name glyph ids (Java2D's choice after GSUB, alternate glyphs included), so the subset is told
 * those ids rather than characters; PDFBox keeps the ids as CIDs and maps them to the subset's glyphs.
 * Shaped runs are cached for the whole JVM: documents repeat the same labels, dots and choices many times, and a
 * batch of forms repeats them across documents (shaping took a fifth of a form's time when each document shaped anew).
 */
public final class PdfFonts {

    static final String REGULAR = "F1", BOLD = "F2";

    private static final Font AWT_REGULAR = ThaiFonts.awt(Weight.REGULAR).deriveFont(1000f);
    private static final Font AWT_BOLD = ThaiFonts.awt(Weight.BOLD).deriveFont(1000f);

    final PDType0Font regular;
    final PDType0Font bold;
    /** Bounded: emptied when full (plan texts are many but forms repeat a few thousand runs). */
    private static final int CACHED_RUNS = 50_000;

    private static final Map<String, ShapedText> REGULAR_RUNS = new ConcurrentHashMap<>();
    private static final Map<String, ShapedText> BOLD_RUNS = new ConcurrentHashMap<>();
    private final TreeSet<Integer> regularGlyphs = new TreeSet<>();
    private final TreeSet<Integer> boldGlyphs = new TreeSet<>();

    /**
     * The font files parsed once per thread (parsing them took a tenth of a one-page form's time). PDFBox reads a
     * TrueTypeFont it was given for subsetting but neither changes nor closes it; its reading is not thread-safe.
     */
    private static final ThreadLocal<TrueTypeFont[]> PARSED =
            ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(Weight.REGULAR), parse(Weight.BOLD)});

    PdfFonts(PDDocument doc) throws IOException {
        TrueTypeFont[] parsed = PARSED.get();
        regular = PDType0Font.load(doc, parsed[0], true);
        bold = PDType0Font.load(doc, parsed[1], true);
    }

    private static TrueTypeFont parse(Weight weight) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(ThaiFonts.bytes(weight)));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped Sarabun cannot be read", e);
        }
    }

    /** Shaped as drawn; the ActualText of the line keeps the original characters. */
    public ShapedText shape(String text, boolean boldWeight) {
        Map<String, ShapedText> runs = boldWeight ? BOLD_RUNS : REGULAR_RUNS;
        ShapedText shaped = runs.get(text);
        if (shaped == null) {
            shaped = ShapedText.shape(drawable(text), boldWeight ? AWT_BOLD : AWT_REGULAR);
            if (runs.size() >= CACHED_RUNS) {
                runs.clear();
            }
            runs.put(text, shaped);
        }
        return shaped;
    }

    /** Sarabun has no check marks; √ is the tick Thai paper forms have long used. */
    private static String drawable(String text) {
        return text.replace('\u2713', '\u221A').replace('\u2714', '\u221A');
    }

    public float width(String text, float size, boolean boldWeight) {
        return shape(text, boldWeight).width(size);
    }

    /** Remembers a glyph written to a page, so the subset keeps it. */
    void used(int glyph, boolean boldWeight) {
        (boldWeight ? boldGlyphs : regularGlyphs).add(glyph);
    }

    /**
     * Cuts the subsets from the glyphs written. PDFBox subsets on saving only the fonts its own content streams
     * set, so fonts of hand-written streams are subset here, once, before the document is saved.
     */
    void subset() throws IOException {
        regular.addGlyphsToSubset(regularGlyphs);
        bold.addGlyphsToSubset(boldGlyphs);
        regular.subset();
        bold.subset();
    }
}
