/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Splits a paragraph into lines that fit a width, breaking only where Thai line breaking allows: Thai
 * writes no spaces between words, so the JDK's dictionary-based break iterator for "th" finds the word
 * boundaries (the root locale finds none), and {@link LineBreaks} keeps abbreviations and numbers with their
 * words. A word wider than the line is split between grapheme clusters, never between a consonant and its marks.
 */
public final class ThaiLines {

    private static final Locale THAI = Locale.of("th");

    private ThaiLines() {}

    /** The words of a text as the line breaker sees them (trailing spaces dropped). */
    public static List<String> words(String text) {
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = words.first(), end = words.next();
                end != BreakIterator.DONE;
                start = end, end = words.next()) {
            out.add(text.substring(start, end).stripTrailing());
        }
        return out;
    }

    public static List<String> wrap(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, measure, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, double width, ToDoubleFunction<String> measure, List<String> lines) {
        int lineStart = 0;
        int lastFit = -1;
        for (int end : breaks(text, width, measure)) {
            if (measure.applyAsDouble(text.substring(lineStart, end).stripTrailing()) <= width) {
                lastFit = end;
                continue;
            }
            if (lastFit > lineStart) {
                lines.add(text.substring(lineStart, lastFit).stripTrailing());
                lineStart = lastFit;
            }
            // What is left of this word may still be too wide on a line of its own.
            while (measure.applyAsDouble(text.substring(lineStart, end).stripTrailing()) > width) {
                int cut = clusterCut(text, lineStart, end, width, measure);
                lines.add(text.substring(lineStart, cut));
                lineStart = cut;
            }
            lastFit = end;
        }
        lines.add(text.substring(lineStart).stripTrailing());
    }

    /**
     * The {@link LineBreaks} of {@code text}, except that a kept-together group too wide for any line (a narrow
     * table column) may still break at its word boundaries: better “ร้อยละ / 85” than a word cut in two.
     */
    private static List<Integer> breaks(String text, double width, ToDoubleFunction<String> measure) {
        List<Integer> kept = LineBreaks.of(text);
        List<Integer> out = new ArrayList<>();
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(text);
        int start = 0;
        for (int end : kept) {
            if (measure.applyAsDouble(text.substring(start, end).strip()) > width) {
                for (int inner = words.following(start);
                        inner != BreakIterator.DONE && inner < end;
                        inner = words.next()) {
                    out.add(inner);
                }
            }
            out.add(end);
            start = end;
        }
        return out;
    }

    /** The last grapheme-cluster boundary after which {@code text[start, cut)} still fits (at least one cluster). */
    private static int clusterCut(String text, int start, int end, double width, ToDoubleFunction<String> measure) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
        clusters.setText(text);
        int cut = clusters.following(start);
        for (int next = clusters.next(); next != BreakIterator.DONE && next <= end; next = clusters.next()) {
            if (measure.applyAsDouble(text.substring(start, next)) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }
}
