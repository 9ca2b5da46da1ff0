/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.phaen.book.BookText;
import org.phaen.book.Related;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.ActionPlan;
import org.phaen.model.DriveActivity;
import org.phaen.model.FundingSource;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.query.Budgets;

/** The drive activities that carry the plan into practice, and the funding sources with what the action plans take from each. */
final class PracticeTables {

    private PracticeTables() {}

    static PartTables.Content driveActivities(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        int n = 0;
        for (DriveActivity a : model.getDriveActivities()) {
            body.add(Rows.of(
                    a,
                    text.number(++n),
                    text.name(a),
                    text.label(a.getKind()),
                    text.date(a.getDate()),
                    text.digits(a.getAudience()),
                    text.digits(a.getChannel()),
                    a.getOrganizer() == null ? "" : text.name(a.getOrganizer())));
        }
        return new PartTables.Content(
                text.word("table.drive.title"),
                text.word("table.drive.caption"),
                Rows.layout("# L4 L2 C2 L2 L2 L2"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.drive.activity"),
                        text.word("table.kind"),
                        text.word("table.date"),
                        text.word("table.drive.audience"),
                        text.word("table.drive.channel"),
                        text.word("table.drive.organizer"))),
                body);
    }

    /** Each funding source with its kind, provider, fiscal year, ceiling and the sum the related action plans budget from it. */
    static PartTables.Content fundingSources(BookText text, PlanModel model, StrategicPlan plan) {
        Map<FundingSource, BigDecimal> used = new java.util.HashMap<>();
        for (ActionPlan ap : Related.actionPlans(plan)) {
            Budgets.bySource(ap).forEach((s, a) -> used.merge(s, a, BigDecimal::add));
        }
        List<Row> body = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int n = 0;
        for (FundingSource s : model.getFundingSources()) {
            BigDecimal amount = used.getOrDefault(s, BigDecimal.ZERO);
            total = total.add(amount);
            body.add(Rows.of(
                    s,
                    text.number(++n),
                    text.name(s),
                    text.label(s.getKind()),
                    s.getProvider() == null ? "" : text.name(s.getProvider()),
                    s.getFiscalYear() > 0 ? text.year(s.getFiscalYear()) : "",
                    text.money(s.getCeiling()),
                    text.money(amount)));
        }
        if (!body.isEmpty()) {
            body.add(Rows.total(text.word("projects.sum"), 6, text.money(total)));
        }
        return new PartTables.Content(
                text.word("table.funding.title"),
                text.word("table.funding.caption"),
                Rows.layout("# L4 L2.5 L2.5 C1.2 R2 R2"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.funding.source"),
                        text.word("table.kind"),
                        text.word("table.funding.provider"),
                        text.word("table.fiscalYear"),
                        text.word("table.funding.ceiling"),
                        text.word("table.funding.budgeted"))),
                body);
    }
}
