/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.util.ArrayList;
import java.util.List;
import org.phaen.book.BookText;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Table.Cell;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.ContactDetail;
import org.phaen.model.LearningResource;
import org.phaen.model.Organization;
import org.phaen.model.Party;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;

/**
 * The partner directory: partner organizations (agencies, local administrations, private and civil partners), learning
 * resources, and resource persons (local wisdom holders, village sages, experts), with their contacts.
 */
final class DirectoryTables {

    private DirectoryTables() {}

    static PartTables.Content organizations(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        int n = 0;
        for (Organization o : model.getOrganizations()) {
            body.add(Rows.cells(
                    o,
                    List.of(
                            Cell.of(text.number(++n)),
                            Cell.of(text.name(o)),
                            Cell.of(text.label(o.getKind())),
                            Cell.of(text.digits(o.getProvince())),
                            contacts(text, o))));
        }
        return new PartTables.Content(
                text.word("table.partners.title"),
                text.word("table.partners.caption"),
                Rows.layout("# L4 L2 L1.5 L3.5"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.partners.name"),
                        text.word("table.kind"),
                        text.word("table.partners.province"),
                        text.word("table.contacts"))),
                body);
    }

    static PartTables.Content learningResources(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        int n = 0;
        for (LearningResource r : model.getLearningResources()) {
            body.add(Rows.of(
                    r,
                    text.number(++n),
                    text.name(r),
                    text.label(r.getKind()),
                    text.digits(r.getLocation()),
                    r.getCustodian() == null ? "" : text.name(r.getCustodian()),
                    text.digits(String.join(", ", r.getTopics()))));
        }
        return new PartTables.Content(
                text.word("table.resources.title"),
                text.word("table.resources.caption"),
                Rows.layout("# L3 L2 L2 L2 L2.5"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.resources.name"),
                        text.word("table.kind"),
                        text.word("table.resources.location"),
                        text.word("table.resources.custodian"),
                        text.word("table.resources.topics"))),
                body);
    }

    /** People who are not officers: local wisdom holders, village sages, experts, teachers, community leaders, volunteers. */
    static PartTables.Content resourcePersons(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        int n = 0;
        for (Person p : model.getPeople()) {
            if (p.getRole() == null || p.getRole() == org.phaen.model.PersonRole.OFFICER) {
                continue;
            }
            body.add(Rows.cells(
                    p,
                    List.of(
                            Cell.of(text.number(++n)),
                            Cell.of(person(text, p)),
                            Cell.of(text.label(p.getRole())),
                            Cell.of(text.digits(p.getExpertise())),
                            Cell.of(p.getAffiliation() == null ? "" : text.name(p.getAffiliation())),
                            contacts(text, p))));
        }
        return new PartTables.Content(
                text.word("table.persons.title"),
                text.word("table.persons.caption"),
                Rows.layout("# L2.5 L2 L2.5 L2 L3"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.persons.name"),
                        text.word("table.persons.role"),
                        text.word("table.persons.expertise"),
                        text.word("table.persons.affiliation"),
                        text.word("table.contacts"))),
                body);
    }

    /** A person's name with the honorific before it, as a Thai book writes it. */
    static String person(BookText text, Person p) {
        String honorific =
                p.getHonorific() == null || p.getHonorific().isBlank() || text.english() ? "" : p.getHonorific();
        return honorific + text.name(p);
    }

    /** A party's contacts, one per line: "kind: value". */
    static Cell contacts(BookText text, Party party) {
        List<String> lines = new ArrayList<>();
        for (ContactDetail c : party.getContacts()) {
            lines.add(text.label(c.getKind()) + ": " + text.digits(c.getValue()));
        }
        return Rows.lines(lines);
    }
}
