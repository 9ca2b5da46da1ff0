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
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.CoreValue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.SwotItem;
import org.phaen.model.SwotKind;

/** The strategic plan's own lists as tables: its environment analysis (SWOT) and its core values. */
final class PlanTables {

    private PlanTables() {}

    /** Strengths, weaknesses, opportunities and threats, each kind under a row of its own, with the evidence given. */
    static PartTables.Content swot(BookText text, StrategicPlan plan) {
        List<Row> body = new ArrayList<>();
        for (SwotKind kind : SwotKind.VALUES) {
            List<SwotItem> items = plan.getSwotItems().stream()
                    .filter(i -> i.getKind() == kind)
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            body.add(Rows.group(null, text.label(kind), 3));
            int n = 0;
            for (SwotItem item : items) {
                body.add(Rows.of(
                        item,
                        text.digits(kind.getName().charAt(0) + String.valueOf(++n)),
                        text.pick(item.getStatement(), item.getStatementEn()),
                        text.digits(item.getEvidence())));
            }
        }
        return new PartTables.Content(
                text.word("table.swot.title"),
                text.word("table.swot.caption"),
                Rows.layout("C0.8 L6 L4"),
                List.of(Rows.header(
                        text.word("table.swot.code"),
                        text.word("table.swot.statement"),
                        text.word("table.swot.evidence"))),
                body);
    }

    static PartTables.Content coreValues(BookText text, StrategicPlan plan) {
        List<Row> body = new ArrayList<>();
        for (CoreValue value : plan.getCoreValues()) {
            body.add(Rows.of(value, text.code(value), text.name(value), text.digits(value.getDescription())));
        }
        return new PartTables.Content(
                text.word("table.values.title"),
                text.word("table.values.caption"),
                Rows.layout("C1.2 L3 L6"),
                List.of(Rows.header(
                        text.word("table.values.code"),
                        text.word("table.values.value"),
                        text.word("table.values.meaning"))),
                body);
    }
}
