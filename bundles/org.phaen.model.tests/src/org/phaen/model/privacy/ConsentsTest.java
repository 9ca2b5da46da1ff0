/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;
import org.phaen.model.PhaenFactory;

/** Consent is recorded with the day it was given and withdrawn, per name and per contact detail. */
class ConsentsTest {

    private final Person person = LeakVariants.arunee();
    private final ContactDetail phone = person.getContacts().get(0);
    private final ContactDetail email = person.getContacts().get(1);

    @Test
    void aConsentIsInForceFromTheDayItWasGivenUntilTheDayItWasWithdrawn() {
        Consent consent = consent(LocalDate.of(2019, 1, 1), true, phone, email);
        String text = "นางอรุณี วังทองดี โทร 081 000 6505";
        assertTrue(matches(text, LocalDate.of(2018, 12, 31)), "before it was given");
        assertFalse(matches(text, LocalDate.of(2019, 1, 1)));
        consent.setWithdrawnOn(LocalDate.of(2019, 7, 1));
        assertFalse(matches(text, LocalDate.of(2019, 6, 30)));
        assertTrue(matches(text, LocalDate.of(2019, 7, 1)), "withdrawn");
    }

    @Test
    void consentCoversOnlyTheDetailsItNames() {
        consent(null, false, email); // the e-mail only, day not recorded
        LocalDate day = LocalDate.of(2019, 5, 1);
        PersonalDataMatcher matcher = PersonalDataMatcher.of(List.of(person), day);
        assertEquals(
                "ส่งที่ arunee.w@example.org",
                matcher.redact("ส่งที่ arunee.w@example.org"),
                "her first name inside her published e-mail stays");
        assertEquals(
                "ส่งที่ arunee.w@example.org (" + PersonalDataMatcher.REDACTED + ")",
                matcher.redact("ส่งที่ arunee.w@example.org (Arunee)"));
        assertEquals("โทร " + PersonalDataMatcher.REDACTED, matcher.redact("โทร 0810006505"));
        assertEquals(PersonalDataMatcher.REDACTED, matcher.redact("นางอรุณี วังทองดี"));
        assertTrue(Consents.given(person, email, day));
        assertFalse(Consents.cover(person, phone, day));
        assertFalse(Consents.coverName(person, day));
    }

    @Test
    void anIdNumberIsLookedForAsDigits() {
        person.getContacts().remove(2); // the same number recorded as OTHER
        ContactDetail id = LeakVariants.contact(person, ContactKind.ID_NUMBER, "3 6501 00123 45 6");
        consent(null, true, phone, email);
        PersonalDataMatcher matcher = PersonalDataMatcher.of(List.of(person), LocalDate.of(2019, 5, 1));
        assertEquals(
                List.of(PersonalTerm.Detail.ID_NUMBER),
                matcher.terms().stream().map(PersonalTerm::detail).toList());
        assertEquals("เลขประจำตัว " + PersonalDataMatcher.REDACTED, matcher.redact("เลขประจำตัว ๓-๖๕๐๑-๐๐๑๒๓-๔๕-๖"));
        assertTrue(person.getContacts().contains(id));
    }

    private boolean matches(String text, LocalDate day) {
        return PersonalDataMatcher.of(List.of(person), day).matches(text);
    }

    private Consent consent(LocalDate given, boolean name, ContactDetail... contacts) {
        Consent consent = PhaenFactory.eINSTANCE.createConsent();
        consent.setGivenOn(given);
        consent.setCoversName(name);
        consent.getCoversContacts().addAll(List.of(contacts));
        person.getConsents().add(consent);
        return consent;
    }
}
