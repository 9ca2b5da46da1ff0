/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import java.time.LocalDate;
import org.phaen.model.ContactDetail;
import org.phaen.model.Person;
import org.phaen.model.privacy.Consents;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-PDP-002: a contact detail the person has not consented to publish (no consent record in force covers it) is personal data;
 * marking it otherwise lets the public export print a private phone number or e-mail.
 */
public final class PersonContactIsPersonalData extends AbstractRule<Person> {

    /** The message number of a contact without a kind, after the ContactKind values 0..6. */
    private static final int NO_KIND = 7;

    public PersonContactIsPersonalData() {
        super("PH-PDP-002", Severity.WARNING, Person.class);
    }

    @Override
    protected void verify(Person person, RuleContext context, Findings findings) {
        LocalDate today = LocalDate.now();
        for (ContactDetail contact : person.getContacts()) {
            if (!contact.isPersonalData() && !Consents.given(person, contact, today)) {
                findings.report(
                        person,
                        contact.getValue() == null ? "" : contact.getValue(),
                        "",
                        "", // text {1}-{3}, the kind {4}
                        contact.isSetKind() ? contact.getKind().getValue() : NO_KIND);
            }
        }
    }
}
