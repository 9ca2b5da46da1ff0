/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a line may end in Thai text: the word boundaries of the JDK's dictionary break iterator for "th", less
 * those an official would reject. Abbreviations stay whole with their dots (พ.ศ., ก.ต.ป.น., กศน., สพป.), which
 * the dictionary does not know; a number stays with the word before it and the unit after it (“พ.ศ. 2562”,
 * “จำนวน 1,200 คน”, “ร้อยละ 85”).
 */
public final class LineBreaks {

    private static final Locale THAI = Locale.of("th");

    /** Thai consonant with its marks. */
    private static final String SYLLABLE = "[\\u0E01-\\u0E2E][\\u0E30-\\u0E3A\\u0E47-\\u0E4E]*";
    /** Dotted (พ.ศ., ก.ต.ป.น.) or closed by one dot (กศน., สพป., สพฐ.). */
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?:" + SYLLABLE + "\\.){2,}|[\\u0E01-\\u0E2E]{2,5}\\.");
    /** A number (Arabic or Thai digits, grouped, with decimals) with the words touching it on both sides. */
    private static final Pattern NUMBER = Pattern.compile("[0-9\\u0E50-\\u0E59][0-9\\u0E50-\\u0E59,.]*");

    private LineBreaks() {}

    /** The offsets after which a line may end, ascending, the text's length last. */
    public static List<Integer> of(String text) {
        BitSet kept = new BitSet(text.length());
        glueInside(ABBREVIATION.matcher(text), kept);
        glueAroundNumbers(text, kept);
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (end == text.length() || !kept.get(end)) {
                out.add(end);
            }
        }
        return out;
    }

    /** No break strictly inside each match. */
    private static void glueInside(Matcher m, BitSet kept) {
        while (m.find()) {
            kept.set(m.start() + 1, m.end());
        }
    }

    /** No break between a number and the word before it, nor between it and the word after it. */
    private static void glueAroundNumbers(String text, BitSet kept) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start(), end = m.end();
            while (end > start + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ',')) {
                end--; // a full stop or comma after the number is punctuation
            }
            kept.set(Math.max(0, start - 1), start + 1); // "word |2562" and "word 2|562" alike
            kept.set(start + 1, end);
            int after = end;
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            kept.set(end, Math.min(text.length(), after + 1));
        }
    }
}
