/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.action;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.book.BookText;
import org.phaen.book.Narrative;
import org.phaen.book.Outline;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.ActionPlan;
import org.phaen.model.FundingSource;
import org.phaen.model.Project;
import org.phaen.model.SectionKind;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;
import org.phaen.model.query.Budgets;

/**
 * Part 1 of the action plan: the totals per strategic issue (of the strategies the projects implement; a project
 * serving two issues counts under the first) and per funding source, each with its grand total.
 */
final class Summary {

    private Summary() {}

    static void write(Outline outline, ActionPlan plan) {
        BookText text = outline.text();
        outline.part(text.word("part.summary"), null);
        for (SectionKind kind : List.of(SectionKind.BACKGROUND, SectionKind.CONTEXT, SectionKind.OBJECTIVES)) {
            Narrative.write(outline, plan, kind, outline::chapter, table -> {});
        }
        outline.chapter(text.word("summary.byIssue"), null);
        Map<String, List<Project>> byIssue = new LinkedHashMap<>();
        Map<String, StrategicIssue> issues = new LinkedHashMap<>();
        for (Project p : plan.getProjects()) {
            StrategicIssue issue = p.getImplementsStrategies().stream()
                    .map(Strategy::eContainer)
                    .filter(StrategicIssue.class::isInstance)
                    .map(StrategicIssue.class::cast)
                    .findFirst()
                    .orElse(null);
            String key = issue == null ? "" : issue.getUuid();
            issues.putIfAbsent(key, issue);
            byIssue.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Row> rows = new ArrayList<>();
        BigDecimal all = BigDecimal.ZERO;
        int n = 0;
        for (var entry : byIssue.entrySet()) {
            StrategicIssue issue = issues.get(entry.getKey());
            BigDecimal sum = entry.getValue().stream().map(Budgets::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            all = all.add(sum);
            rows.add(Rows.of(
                    null,
                    text.number(++n),
                    issue == null ? text.word("summary.noIssue") : text.name(issue),
                    text.number(entry.getValue().size()),
                    text.money(sum)));
        }
        rows.add(Rows.total(
                text.word("projects.sum"), 2, text.number(plan.getProjects().size()), text.money(all)));
        outline.table(
                text.word("summary.byIssue.caption", text.year(plan.getFiscalYear())),
                Rows.layout("# L6 R1.5 R2"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("summary.issue"),
                        text.word("summary.projects"),
                        text.word("summary.budget"))),
                rows,
                null);
        outline.chapter(text.word("summary.bySource"), null);
        List<Row> sources = new ArrayList<>();
        n = 0;
        for (Map.Entry<FundingSource, BigDecimal> e : Budgets.bySource(plan).entrySet()) {
            sources.add(Rows.of(
                    e.getKey(),
                    text.number(++n),
                    e.getKey() == null ? text.word("projects.noSource") : text.name(e.getKey()),
                    e.getKey() == null ? "" : text.label(e.getKey().getKind()),
                    text.money(e.getValue())));
        }
        sources.add(Rows.total(text.word("projects.sum"), 3, text.money(Budgets.total(plan))));
        outline.table(
                text.word("summary.bySource.caption", text.year(plan.getFiscalYear())),
                Rows.layout("# L5 L3 R2"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.funding.source"),
                        text.word("table.kind"),
                        text.word("summary.budget"))),
                sources,
                null);
    }
}
