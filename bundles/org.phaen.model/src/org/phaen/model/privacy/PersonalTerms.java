/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.phaen.model.ContactDetail;
import org.phaen.model.Person;
import org.phaen.model.internal.ModelWords;
import org.phaen.model.privacy.PersonalTerm.Detail;
import org.phaen.model.privacy.TextSkeleton.Profile;

/** The terms to look for of one person: what they have not consented to publish on the day, and what they have. */
final class PersonalTerms {

    /** Shorter skeletons would blank ordinary words; a first name this short needs a title before it. */
    private static final int MIN_LENGTH = 3;

    private static final int MIN_DISTINCTIVE = 4;
    private static final int MIN_NUMBER_DIGITS = 8;

    /** First names that are also everyday words of a Thai education plan ({@code everyday-words.txt} beside this class). */
    private static final Set<String> EVERYDAY_WORDS =
            Set.copyOf(ModelWords.lines(PersonalTerms.class, "everyday-words.txt"));

    private PersonalTerms() {}

    /**
     * What the person has not consented to publish goes to {@code withheld}; the contact details they have consented
     * to go to {@code allowed}, so that a consented e-mail holding the first name is not cut up.
     */
    static void add(Person person, LocalDate day, Consumer<PersonalTerm> withheld, Consumer<PersonalTerm> allowed) {
        if (!Consents.coverName(person, day)) {
            name(person, person.getName(), withheld);
            name(person, person.getNameEn(), withheld);
        }
        for (ContactDetail contact : person.getContacts()) {
            if (contact.getValue() != null) {
                contact(person, contact, Consents.cover(person, contact, day) ? allowed : withheld);
            }
        }
    }

    private static void name(Person person, String name, Consumer<PersonalTerm> out) {
        if (name == null || name.isBlank()) {
            return;
        }
        String bare = Titles.strip(name, person.getHonorific());
        words(person, Detail.NAME, bare, false, out);
        List<String> parts = List.of(bare.split("\\s+"));
        if (parts.size() > 1) {
            String first = TextSkeleton.of(parts.get(0), Profile.WORDS).text();
            boolean distinctive =
                    first.codePointCount(0, first.length()) >= MIN_DISTINCTIVE && !EVERYDAY_WORDS.contains(first);
            if (first.length() >= 2) {
                out.accept(new PersonalTerm(person, Detail.NAME, first, Profile.WORDS, !distinctive));
            }
        }
    }

    private static void contact(Person person, ContactDetail contact, Consumer<PersonalTerm> out) {
        String value = contact.getValue();
        Detail detail = detail(contact);
        String digits = TextSkeleton.of(value, Profile.DIGITS).text();
        boolean number = digits.indexOf(TextSkeleton.BOUNDARY) < 0 && digits.length() >= MIN_NUMBER_DIGITS;
        if (detail == Detail.PHONE && number) {
            out.accept(new PersonalTerm(person, detail, nationalNumber(digits), Profile.DIGITS, false));
        } else if (number) {
            out.accept(new PersonalTerm(
                    person, detail == Detail.OTHER ? Detail.ID_NUMBER : detail, digits, Profile.DIGITS, false));
        } else if (detail != Detail.ADDRESS || value.codePoints().anyMatch(Character::isDigit)) {
            words(
                    person, detail, value, false,
                    out); // an address without a house or village number names an area, not a person
        }
    }

    /** The number without its trunk prefix 0 or country code 66: 081-000-6505 and +66 81 000 6505 are one phone. */
    static String nationalNumber(String digits) {
        if (digits.startsWith("66") && digits.length() >= 10) {
            return digits.substring(digits.startsWith("660") ? 3 : 2);
        }
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }

    private static void words(
            Person person, Detail detail, String text, boolean needsTitle, Consumer<PersonalTerm> out) {
        String skeleton = TextSkeleton.of(text, Profile.WORDS).text();
        if (skeleton.length() >= MIN_LENGTH) {
            out.accept(new PersonalTerm(person, detail, skeleton, Profile.WORDS, needsTitle));
        }
    }

    private static Detail detail(ContactDetail contact) {
        if (!contact.isSetKind()) {
            return Detail.OTHER;
        }
        return switch (contact.getKind()) {
            case PHONE -> Detail.PHONE;
            case EMAIL -> Detail.EMAIL;
            case LINE_ID -> Detail.LINE_ID;
            case ADDRESS -> Detail.ADDRESS;
            case WEBSITE -> Detail.WEBSITE;
            case ID_NUMBER -> Detail.ID_NUMBER;
            default -> Detail.OTHER;
        };
    }
}
