/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

/**
 * A text reduced to what identifies a person, with the place in the original text of every character kept, so a
 * match found in the skeleton can be cut out of the original. {@link Profile#WORDS} keeps letters and symbols
 * (names, e-mails, addresses); {@link Profile#DIGITS} keeps only digits and marks every other character that is
 * not a usual separator inside a number with a boundary {@code |}.
 */
public final class TextSkeleton {

    /** How a text is reduced. */
    public enum Profile {
        WORDS,
        DIGITS
    }

    static final char BOUNDARY = '|';

    /** Thai vowel signs by code point: sara am is often typed as nikhahit and sara aa. */
    private static final char NIKHAHIT = 0x0E4D, SARA_AA = 0x0E32, SARA_AM = 0x0E33;

    /** Thai digits, kept as digits. */
    private static final char THAI_ZERO = 0x0E50, THAI_NINE = 0x0E59;

    /** Written stand-ins for "@" and "." in e-mail addresses meant to escape harvesters, and sara am typed in two. */
    private static final String[][] SPELLED = {
        {"[at]", "@"},
        {"(at)", "@"},
        {"{at}", "@"},
        {"[dot]", "."},
        {"(dot)", "."},
        {"" + NIKHAHIT + SARA_AA, String.valueOf(SARA_AM)}
    };

    private final String folded;
    private final int[] starts;
    private final int[] ends;

    private TextSkeleton(String folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    public static TextSkeleton of(String text, Profile profile) {
        // A char array, not a StringBuilder: a builder starts with one byte a character and copies itself to two at
        // the first Thai letter, which was most of the time of reading Thai text.
        Chars out = new Chars(2 * text.length() + 1); // lower case may take two chars for one (İ)
        int[] starts = new int[out.chars.length];
        int[] ends = new int[starts.length];
        int i = 0;
        while (i < text.length()) {
            char plain = plainLetter(text.charAt(i));
            if (plain != 0) { // most of a text: what the general steps below would do with it, in fewer steps
                if (profile == Profile.WORDS) {
                    add(out, starts, ends, plain, i, i + 1);
                } else if (out.length == 0 || out.chars[out.length - 1] != BOUNDARY) {
                    add(out, starts, ends, BOUNDARY, i, i + 1);
                }
                i++;
                continue;
            }
            String[] spelled = profile == Profile.WORDS && spelledStart(text.charAt(i)) ? spelledAt(text, i) : null;
            if (spelled != null) {
                int end = i + spelled[0].length();
                add(out, starts, ends, spelled[1].charAt(0), i, end);
                i = end;
                continue;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int digit = Character.digit(cp, 10);
            if (ignorable(cp)) {
                // dropped in both profiles
            } else if (digit >= 0) {
                add(out, starts, ends, (char) ('0' + digit), i, next);
            } else if (profile == Profile.DIGITS) {
                if (!numberSeparator(cp) && (out.length == 0 || out.chars[out.length - 1] != BOUNDARY)) {
                    add(out, starts, ends, BOUNDARY, i, next);
                }
            } else {
                int lower = fold(cp);
                if (Character.isBmpCodePoint(lower)) {
                    add(out, starts, ends, (char) lower, i, next);
                } else {
                    add(out, starts, ends, Character.highSurrogate(lower), i, next);
                    add(out, starts, ends, Character.lowSurrogate(lower), i, next);
                }
            }
            i = next;
        }
        return new TextSkeleton(new String(out.chars, 0, out.length), starts, ends);
    }

    /** The skeleton's characters so far. */
    private static final class Chars {
        final char[] chars;
        int length;

        Chars(int capacity) {
            chars = new char[capacity];
        }
    }

    /** How many digits of any script the text has (each one digit of its {@link Profile#DIGITS} skeleton), up to {@code enough}. */
    static int digits(String text, int enough) {
        int n = 0;
        for (int i = 0; i < text.length() && n < enough; ) {
            int cp = text.codePointAt(i);
            if (Character.digit(cp, 10) >= 0) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The reduced text. */
    public String text() {
        return folded;
    }

    /** Where the skeleton's characters {@code from} (inclusive) to {@code to} (exclusive) stand in the original. */
    public int originalStart(int from) {
        return starts[from];
    }

    public int originalEnd(int to) {
        return ends[to - 1];
    }

    /**
     * A Thai letter or sign other than a digit and nikhahit, or an ASCII letter: folded, or 0 for any other character.
     * Such a letter is never ignorable, a digit, a number separator or the start of a spelled stand-in, and folds
     * to itself in lower case (a test checks every char).
     */
    static char plainLetter(char c) {
        if (c >= 'a' && c <= 'z') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return thai(c) && (c < THAI_ZERO || c > THAI_NINE) && c != NIKHAHIT ? c : 0;
    }

    /** Spaces of every kind and invisible format characters (zero-width space and joiners, soft hyphen, BOM). */
    static boolean ignorable(int cp) {
        if (thai(cp)) {
            return false;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /** Characters people put between the digits of one phone or ID number. */
    static boolean numberSeparator(int cp) {
        return cp == '.'
                || cp == '-'
                || cp == '('
                || cp == ')'
                || cp == '+'
                || cp == '\u2010'
                || cp == '\u2011'
                || cp == '\u2012'
                || cp == '\u2013'
                || cp == '\u2014'
                || cp == '\u2212'
                || cp == '\uff0d'
                || cp == '\uff0e';
    }

    /**
     * A letter as the skeleton keeps it: full-width forms as ASCII, lower case. One code point always, the same as
     * {@code String.toLowerCase(Locale.ROOT)} of {@link Character#toLowerCase(int)} (a test checks every code point).
     */
    static int fold(int cp) {
        if (thai(cp)) {
            return cp; // most of what is read, and without case
        }
        return Character.toLowerCase(fullWidthToAscii(cp));
    }

    private static int fullWidthToAscii(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
    }

    private static boolean thai(int cp) {
        return cp >= 0x0E00 && cp <= 0x0E7F;
    }

    /** Only where one of {@link #SPELLED} could begin is it looked for. */
    static boolean spelledStart(char c) {
        return c == '[' || c == '(' || c == '{' || c == NIKHAHIT;
    }

    private static String[] spelledAt(String text, int i) {
        for (String[] s : SPELLED) {
            if (text.regionMatches(true, i, s[0], 0, s[0].length())) {
                return s;
            }
        }
        return null;
    }

    private static void add(Chars out, int[] starts, int[] ends, char c, int start, int end) {
        starts[out.length] = start;
        ends[out.length] = end;
        out.chars[out.length++] = c;
    }
}
