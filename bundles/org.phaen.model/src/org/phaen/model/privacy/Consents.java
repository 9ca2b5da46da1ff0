/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.time.LocalDate;
import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.Person;

/**
 * Whether a person's name or one contact detail may be published on a given day: a consent record covering it is
 * in force then (given on or before the day, or on a day not recorded; not withdrawn on or before it).
 */
public final class Consents {

    private Consents() {}

    /** The person's name. */
    public static boolean coverName(Person person, LocalDate day) {
        return person.getConsents().stream().anyMatch(c -> c.isCoversName() && inForce(c, day));
    }

    /** A contact detail the person consented to publish. */
    public static boolean given(Person person, ContactDetail contact, LocalDate day) {
        return person.getConsents().stream().anyMatch(c -> c.getCoversContacts().contains(contact) && inForce(c, day));
    }

    /** A contact detail that may be published: consented, or not personal data at all (an office's switchboard). */
    public static boolean cover(Person person, ContactDetail contact, LocalDate day) {
        return !contact.isPersonalData() || given(person, contact, day);
    }

    public static boolean inForce(Consent consent, LocalDate day) {
        return (consent.getGivenOn() == null || !consent.getGivenOn().isAfter(day))
                && (consent.getWithdrawnOn() == null || consent.getWithdrawnOn().isAfter(day));
    }
}
