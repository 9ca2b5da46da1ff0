/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;

/**
 * The matcher reads a text once through its term index; it must find exactly what looking for every term in turn
 * finds (the way it worked before), in the same order, and fold letters exactly as String.toLowerCase did.
 */
class IndexedMatchingTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 7, 31);

    @Test
    void foldingAndSpacesAreAsBeforeForEveryCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int ascii = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
            String before = new String(Character.toChars(Character.toLowerCase(ascii))).toLowerCase(Locale.ROOT);
            String now = new String(Character.toChars(TextSkeleton.fold(cp)));
            if (!before.equals(now)) {
                throw new AssertionError(String.format("U+%04X folds to %s, was %s", cp, now, before));
            }
            boolean ignorable = Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || Character.getType(cp) == Character.FORMAT;
            if (ignorable != TextSkeleton.ignorable(cp)) {
                throw new AssertionError(
                        String.format("U+%04X ignorable %s, was %s", cp, TextSkeleton.ignorable(cp), ignorable));
            }
        }
    }

    /** The skeleton's shortcut for plain letters (Thai and ASCII) skips only steps that would not apply to them. */
    @Test
    void plainLettersNeedNoneOfTheGeneralSteps() {
        int plain = 0;
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            char folded = TextSkeleton.plainLetter(c);
            if (folded != 0) {
                plain++;
                String at = String.format("U+%04X", i);
                assertFalse(TextSkeleton.ignorable(c), at);
                assertEquals(-1, Character.digit(c, 10), at);
                assertFalse(TextSkeleton.numberSeparator(c), at);
                assertFalse(TextSkeleton.spelledStart(c), at);
                assertEquals(TextSkeleton.fold(c), folded, at);
            }
        }
        assertEquals(2 * 26 + 0x80 - 10 - 1, plain, "ASCII letters and Thai but its digits and nikhahit");
    }

    /** A text with fewer digits than the shortest number is not read for numbers: it has as many as its skeleton. */
    @Test
    void aTextHasAsManyDigitsAsItsNumberSkeleton() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", "abc", "โทร ๐๘๑-๒๓๔-๕๖๗๘", "ＩＤ １２３ ４５", "08 1234 5678"));
        LeakVariants.all().forEach(arguments -> texts.add((String) arguments.get()[1]));
        for (String text : texts) {
            long inSkeleton = TextSkeleton.of(text, TextSkeleton.Profile.DIGITS)
                    .text()
                    .chars()
                    .filter(c -> c != TextSkeleton.BOUNDARY)
                    .count();
            assertEquals(inSkeleton, TextSkeleton.digits(text, Integer.MAX_VALUE), text);
            assertEquals(Math.min(inSkeleton, 3), TextSkeleton.digits(text, 3), text);
        }
    }

    @Test
    void findsWhatEveryTermLookedForInTurnFinds() throws Exception {
        List<Person> people = new ArrayList<>(List.of(
                LeakVariants.arunee(),
                LeakVariants.person("PLK-P03", "วิทยา คงสวัสดิ์", false),
                LeakVariants.person("R17-P09", "คำ อินทร์แก้ว", false),
                LeakVariants.person("PLK-P02", "ศิริพร พรหมมา", true)));
        Person somchai = LeakVariants.person("PLK-P07", "สมชาย ใจดี", false);
        somchai.setNameEn("Somchai Jaidee");
        Consent.give(LeakVariants.contact(somchai, ContactKind.EMAIL, "somchai.j@example.org"));
        people.add(somchai);
        PersonalDataMatcher matcher = PersonalDataMatcher.of(people, TODAY);
        List<String> texts =
                new ArrayList<>(LeakVariants.all().map(a -> (String) a.get()[1]).toList());
        texts.addAll(List.of(
                "ครูสมชาย ใจดี เขียนถึง somchai.j@example.org และ Somchai เอง",
                "พ่อคำ พ่อคำ นายคำอินทร์แก้ว",
                "ครูวิทยาศาสตร์ 081 000 6505 / +66 81-000-6505",
                "ไม่มีใครเลย",
                "aa"));
        int matches = 0;
        for (String text : texts) {
            List<PersonalDataMatch> expected = eachTermInTurn(people, text);
            assertEquals(expected, matcher.find(text), text);
            matches += expected.size();
        }
        assertFalse(matches == 0);
    }

    /** The matcher as it was: every term looked for with indexOf over the whole skeleton, one after another. */
    private static List<PersonalDataMatch> eachTermInTurn(List<Person> people, String text) {
        List<PersonalTerm> withheld = new ArrayList<>();
        List<PersonalTerm> allowed = new ArrayList<>();
        people.forEach(p -> PersonalTerms.add(p, TODAY, withheld::add, allowed::add));
        List<PersonalDataMatch> consented = occurrences(allowed, text);
        List<PersonalDataMatch> found = occurrences(withheld, text);
        found.removeIf(m -> consented.stream().anyMatch(c -> c.start() <= m.start() && m.end() <= c.end()));
        found.sort(Comparator.comparingInt(PersonalDataMatch::start).thenComparingInt(PersonalDataMatch::end));
        return found;
    }

    private static List<PersonalDataMatch> occurrences(List<PersonalTerm> terms, String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        for (PersonalTerm term : terms) {
            TextSkeleton skeleton = TextSkeleton.of(text, term.profile());
            for (int at = skeleton.text().indexOf(term.skeleton());
                    at >= 0;
                    at = skeleton.text().indexOf(term.skeleton(), at + 1)) {
                PersonalDataMatch match = TermMatch.at(text, skeleton, term, at);
                if (match != null) {
                    found.add(match);
                }
            }
        }
        return found;
    }

    /** Consent to publish one contact detail. */
    private static final class Consent {
        static void give(org.phaen.model.ContactDetail contact) {
            org.phaen.model.Consent record = org.phaen.model.PhaenFactory.eINSTANCE.createConsent();
            record.getCoversContacts().add(contact);
            ((Person) contact.eContainer()).getConsents().add(record);
        }
    }
}
