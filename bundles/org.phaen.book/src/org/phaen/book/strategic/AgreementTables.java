/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.phaen.book.BookText;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.Committee;
import org.phaen.model.Membership;
import org.phaen.model.Mou;
import org.phaen.model.Named;
import org.phaen.model.PlanModel;
import org.phaen.model.Recognition;

/** What binds the partners: MOUs, committees with their members, and the recognition given for contributions. */
final class AgreementTables {

    private AgreementTables() {}

    static PartTables.Content mous(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        int n = 0;
        for (Mou m : model.getMous()) {
            String parties =
                    m.getParties().stream().map(p -> text.name((Named) p)).collect(Collectors.joining(", "));
            String period = text.word("table.period", text.date(m.getStartDate()), text.date(m.getEndDate()));
            body.add(Rows.of(
                    m,
                    text.number(++n),
                    text.name(m),
                    parties,
                    text.date(m.getSignedOn()),
                    period,
                    text.digits(m.getScope())));
        }
        return new PartTables.Content(
                text.word("table.mous.title"),
                text.word("table.mous.caption"),
                Rows.layout("# L3 L3 C1.6 C2 L3"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.mous.name"),
                        text.word("table.mous.parties"),
                        text.word("table.mous.signed"),
                        text.word("table.mous.period"),
                        text.word("table.mous.scope"))),
                body);
    }

    /** One table per committee but those monitoring plans name: its members with their position and role. */
    static List<PartTables.Content> committees(BookText text, PlanModel model) {
        List<PartTables.Content> out = new ArrayList<>();
        List<Committee> monitoring = MonitoringTables.monitoringCommittees(model);
        for (Committee c : model.getCommittees()) {
            if (!monitoring.contains(c)) { // shown in the monitoring chapter
                out.add(members(text, c));
            }
        }
        return out;
    }

    static PartTables.Content members(BookText text, Committee c) {
        List<Row> body = new ArrayList<>();
        int n = 0;
        for (Membership m : c.getMemberships()) {
            String who = m.getPerson() != null
                    ? DirectoryTables.person(text, m.getPerson())
                    : m.getOrganization() == null ? "" : text.name(m.getOrganization());
            body.add(Rows.of(m, text.number(++n), who, text.digits(m.getPosition()), text.label(m.getRole())));
        }
        String order = c.getOrderNumber() == null
                ? ""
                : text.word("table.committee.order", text.digits(c.getOrderNumber()), text.date(c.getOrderDate()));
        return new PartTables.Content(
                text.name(c),
                text.word("table.committee.caption", text.name(c), order),
                Rows.layout("# L4 L3 L3"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.committee.member"),
                        text.word("table.committee.position"),
                        text.word("table.committee.role"))),
                body);
    }

    static PartTables.Content recognitions(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        int n = 0;
        for (Recognition r : model.getRecognitions()) {
            body.add(Rows.of(
                    r,
                    text.number(++n),
                    text.name(r),
                    r.getRecipient() == null ? "" : text.name(r.getRecipient()),
                    text.digits(r.getReason()),
                    text.date(r.getDate()),
                    r.getAwardedBy() == null ? "" : text.name(r.getAwardedBy())));
        }
        return new PartTables.Content(
                text.word("table.recognitions.title"),
                text.word("table.recognitions.caption"),
                Rows.layout("# L3 L2.5 L3 C1.6 L2.5"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.recognitions.name"),
                        text.word("table.recognitions.recipient"),
                        text.word("table.recognitions.reason"),
                        text.word("table.date"),
                        text.word("table.recognitions.by"))),
                body);
    }
}
