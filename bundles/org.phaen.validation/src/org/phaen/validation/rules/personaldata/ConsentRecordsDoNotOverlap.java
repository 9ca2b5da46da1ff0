/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import java.util.Arrays;
import java.util.List;
import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.Person;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/**
 * PH-PDP-005: a person's name or one contact detail is covered by at most one consent record at a time. Two records
 * in force together leave it unclear which one a withdrawal ends; the later record of each overlapping pair is
 * reported, naming the detail and the earlier record.
 */
public final class ConsentRecordsDoNotOverlap extends AbstractRule<Consent> {

    /** The message's number for a contact detail of no kind; 0 is the name, a kind's value + 1 its contact. */
    private static final int OTHER = 6;

    public ConsentRecordsDoNotOverlap() {
        super("PH-PDP-005", Severity.WARNING, Consent.class);
    }

    @Override
    protected void verify(Consent consent, RuleContext context, Findings findings) {
        if (!(consent.eContainer() instanceof Person person)) {
            return;
        }
        List<Consent> records = person.getConsents();
        for (Consent earlier : records.subList(0, records.indexOf(consent))) {
            if (!ConsentRecords.overlap(earlier, consent)) {
                continue;
            }
            if (earlier.isCoversName() && consent.isCoversName()) {
                report(consent, earlier, person, 0, findings);
            }
            for (ContactDetail contact : consent.getCoversContacts()) {
                if (earlier.getCoversContacts().contains(contact)) {
                    report(
                            consent,
                            earlier,
                            person,
                            contact.isSetKind() ? contact.getKind().getValue() + 1 : OTHER,
                            findings);
                }
            }
        }
    }

    /** {1} and {2} the day the earlier record was given (English, Thai; "-" if unknown), {3} the person, {4} the detail. */
    private static void report(Consent consent, Consent earlier, Person person, int detail, Findings findings) {
        findings.report(
                consent, DateArguments.of(Arrays.asList(earlier.getGivenOn()), Findings.labelOf(person), detail));
    }
}
