/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import static org.phaen.validation.Fixtures.*;

import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.validation.Fixtures;

/** People with contact details, and a project of an action plan that can name them. */
final class PersonalDataFixtures {

    static final String PERSON = "PER-1 \"สมศรี ใจดี\"";

    private PersonalDataFixtures() {}

    /** Person PER-1 in the model's directory, without consent, with one contact detail that is personal data. */
    static Person person(PlanModel model) {
        Person person = Fixtures.person(model, "PER-1", "สมศรี ใจดี");
        contact(person, ContactKind.PHONE, "081-000-0001");
        return person;
    }

    /** A consent record, in force since a day not recorded, covering the name and every contact the person has now. */
    static Consent consentToAll(Person person) {
        Consent consent = F.createConsent();
        consent.setCoversName(true);
        consent.getCoversContacts().addAll(person.getContacts());
        person.getConsents().add(consent);
        return consent;
    }

    static ContactDetail contact(Person person, ContactKind kind, String value) {
        ContactDetail contact = F.createContactDetail();
        if (kind != null) {
            contact.setKind(kind);
        }
        contact.setValue(value);
        person.getContacts().add(contact);
        return contact;
    }

    /** Project PJ-1 of a new action plan (of no fiscal year) in the model. */
    static Project project(PlanModel model) {
        return Fixtures.project(
                actionPlan(model, "AP62", "แผนปฏิบัติราชการ พ.ศ. 2562", 0), "PJ-1", "โครงการรักการอ่าน");
    }
}
