/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.eclipse.emf.ecore.EObject;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.CellReading;
import org.phaen.documents.xlsx.HeaderRows.Heading;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PhaenPackage;
import org.phaen.model.privacy.Consents;
import org.phaen.model.resource.Identifiers;

/**
 * A person's contact details of one kind, one a line, only where the person's consent in force today covers every
 * one of them; otherwise the cell says they are withheld. A withheld cell is never read back (left as it is, or
 * blanked, the details stay): the workbook cannot erase what it did not show.
 */
final class ContactColumn implements Column {

    private final ContactKind kind;
    private final List<Heading> headings;

    ContactColumn(ContactKind kind) {
        this.kind = kind;
        var type = PhaenPackage.Literals.CONTACT_KIND;
        this.headings = List.of(
                new Heading(WorkbookWords.THAI.literal(kind, type), WorkbookWords.ENGLISH.literal(kind, type), 24));
    }

    @Override
    public List<Heading> headings() {
        return headings;
    }

    @Override
    public void write(EObject element, Row row, int first, WorkbookOut out) {
        Person person = (Person) element;
        List<ContactDetail> contacts = contacts(person);
        if (withheld(person, contacts, out.today)) {
            out.text(row, first, WorkbookWords.THAI.word("withheld"));
        } else if (!contacts.isEmpty()) {
            out.text(
                            row,
                            first,
                            String.join(
                                    "\n",
                                    contacts.stream()
                                            .map(ContactDetail::getValue)
                                            .toList()))
                    .setCellStyle(out.styles.wrapped);
        }
    }

    @Override
    public Edit read(EObject element, Row row, int first, WorkbookIn in) throws CellProblem {
        Person person = (Person) element;
        List<ContactDetail> contacts = contacts(person);
        String typed = CellReading.text(row.getCell(first)).strip();
        if (withheld(person, contacts, in.today)) {
            if (typed.isEmpty()
                    || typed.equals(WorkbookWords.THAI.word("withheld"))
                    || typed.equals(WorkbookWords.ENGLISH.word("withheld"))) {
                return null;
            }
            throw new CellProblem("the " + kind.getLiteral().toLowerCase() + " details of " + WorkbookIn.name(person)
                    + " are withheld in this workbook (no consent); change them in the plan itself");
        }
        List<String> wanted = new ArrayList<>();
        for (String line : typed.split("\\R")) {
            if (!line.isBlank()) {
                wanted.add(line.strip());
            }
        }
        List<String> current = contacts.stream()
                .map(c -> c.getValue() == null ? "" : c.getValue().strip())
                .toList();
        if (current.equals(wanted)) {
            return null;
        }
        return new Edit(WorkbookIn.name(person) + ": " + kind.getLiteral() + " " + current + " -> " + wanted, () -> {
            for (int i = 0; i < wanted.size(); i++) {
                ContactDetail contact = i < contacts.size() ? contacts.get(i) : added(person);
                contact.setValue(wanted.get(i));
            }
            for (ContactDetail surplus : contacts.subList(Math.min(wanted.size(), contacts.size()), contacts.size())) {
                person.getConsents().forEach(c -> c.getCoversContacts().remove(surplus));
                person.getContacts().remove(surplus);
            }
        });
    }

    private ContactDetail added(Person person) {
        ContactDetail contact = PhaenFactory.eINSTANCE.createContactDetail();
        contact.setUuid(Identifiers.newUuid());
        contact.setKind(kind);
        person.getContacts().add(contact);
        return contact;
    }

    private List<ContactDetail> contacts(Person person) {
        return person.getContacts().stream()
                .filter(c -> c.isSetKind() && c.getKind() == kind)
                .toList();
    }

    /** Details of this kind the person has not consented to publish today (a new person has none to withhold). */
    private static boolean withheld(Person person, List<ContactDetail> contacts, java.time.LocalDate day) {
        return contacts.stream().anyMatch(c -> !Consents.cover(person, c, day));
    }
}
