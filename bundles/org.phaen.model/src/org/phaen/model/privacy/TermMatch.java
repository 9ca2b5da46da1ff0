/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.text.BreakIterator;
import java.util.Locale;
import org.phaen.model.privacy.PersonalTerm.Detail;
import org.phaen.model.privacy.TextSkeleton.Profile;

/** Turns a term found in a skeleton into a place in the original text, or decides it is not the person after all. */
final class TermMatch {

    /** Prefixes written before a phone's national number: the trunk 0, the country code 66 with or without it. */
    private static final String[] PHONE_PREFIXES = {"660", "66", "0"};

    private static final Locale THAI = Locale.of("th", "TH");

    private TermMatch() {}

    /** The match of {@code term} at skeleton position {@code at}, or null when the occurrence does not count. */
    static PersonalDataMatch at(String text, TextSkeleton skeleton, PersonalTerm term, int at) {
        int from = at;
        int to = at + term.skeleton().length();
        if (term.profile() == Profile.WORDS && term.detail() == Detail.NAME) {
            from = Titles.startOfTitles(skeleton, at);
            if (term.needsTitle() && (from == at || !wordEndsAt(text, skeleton.originalEnd(to)))) {
                return null; // ครูวิทยาศาสตร์ is a science teacher, not ครู + วิทยา
            }
        }
        if (term.detail() == Detail.PHONE) {
            from = withPrefix(skeleton.text(), from);
        }
        int start = skeleton.originalStart(from);
        int end = skeleton.originalEnd(to);
        if (term.wordBounded() && (latinBefore(text, start) || latinAfter(text, end))) {
            return null;
        }
        if (term.detail() == Detail.PHONE) {
            start = withPlus(text, start);
        }
        return new PersonalDataMatch(start, end, term, text.substring(start, end));
    }

    private static int withPrefix(String digits, int from) {
        for (String prefix : PHONE_PREFIXES) {
            if (digits.startsWith(prefix, from - prefix.length())) {
                return from - prefix.length();
            }
        }
        return from;
    }

    /** "+66 81 ..." loses its plus sign too. */
    private static int withPlus(String text, int start) {
        int i = start;
        while (i > 0 && TextSkeleton.ignorable(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && (text.charAt(i - 1) == '+' || text.charAt(i - 1) == '\uff0b') ? i - 1 : start;
    }

    /** Whether a word ends there, by the JDK's Thai dictionary (names are not in it, but the words they begin are). */
    private static boolean wordEndsAt(String text, int end) {
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text);
        return words.isBoundary(end);
    }

    private static boolean latinBefore(String text, int start) {
        return start > 0 && PersonalTerm.latin(text.codePointBefore(start));
    }

    private static boolean latinAfter(String text, int end) {
        return end < text.length() && PersonalTerm.latin(text.codePointAt(end));
    }
}
