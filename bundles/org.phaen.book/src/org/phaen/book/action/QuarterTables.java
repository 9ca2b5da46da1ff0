/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.action;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.book.BookText;
import org.phaen.book.Outline;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Table.Cell;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.ActionPlan;
import org.phaen.model.Activity;
import org.phaen.model.BudgetLine;
import org.phaen.model.FundingSource;
import org.phaen.model.Project;
import org.phaen.model.calendar.FiscalPeriod;
import org.phaen.model.calendar.FiscalYear;

/**
 * A project's activities and budget laid over the four quarters of the fiscal year: an activity is marked in every
 * quarter its dates overlap; a budget line's amount stands in the quarter its activity starts (or, for a line of no
 * activity, the project), or in no quarter (only in the total) when neither has a date in the year.
 */
final class QuarterTables {

    static final String MARK = "\u2713";

    private QuarterTables() {}

    static void activities(Outline outline, ActionPlan plan, Project project) {
        if (project.getActivities().isEmpty()) {
            return;
        }
        BookText text = outline.text();
        List<FiscalPeriod> quarters = FiscalYear.of(plan.getFiscalYear()).quarters();
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (Activity a : project.getActivities()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(text.number(++n)), Cell.of(text.name(a))));
            for (FiscalPeriod q : quarters) {
                cells.add(Cell.of(overlaps(a.getStartDate(), a.getEndDate(), q) ? MARK : ""));
            }
            cells.add(Cell.of(a.getResponsible() == null ? "" : text.name(a.getResponsible())));
            rows.add(Rows.cells(a, cells));
        }
        outline.minor(text.word("project.activities"), null);
        outline.table(
                text.word("project.activities.caption", text.name(project)),
                Rows.layout("# L6 C0.8 C0.8 C0.8 C0.8 L2.5"),
                quarterHeader(text, "project.activity", "project.responsibleShort", true),
                rows,
                null);
    }

    /** The budget lines grouped by funding source (a row naming the source, then its lines), amounts by quarter. */
    static void budget(Outline outline, ActionPlan plan, Project project) {
        if (project.getBudgetLines().isEmpty()) {
            return;
        }
        BookText text = outline.text();
        List<FiscalPeriod> quarters = FiscalYear.of(plan.getFiscalYear()).quarters();
        BigDecimal[] totals = new BigDecimal[5];
        Arrays.fill(totals, BigDecimal.ZERO);
        Map<FundingSource, List<BudgetLine>> bySource = new LinkedHashMap<>();
        project.getBudgetLines()
                .forEach(l -> bySource.computeIfAbsent(l.getSource(), s -> new ArrayList<>())
                        .add(l));
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<FundingSource, List<BudgetLine>> group : bySource.entrySet()) {
            FundingSource source = group.getKey();
            rows.add(Rows.group(
                    null,
                    source == null ? text.word("projects.noSource") : text.word("project.source", text.name(source)),
                    6));
            for (BudgetLine line : group.getValue()) {
                int q = quarterOf(line, project, quarters);
                BigDecimal amount = line.getAmount() == null ? BigDecimal.ZERO : line.getAmount();
                List<Cell> cells = new ArrayList<>(List.of(Cell.of(text.digits(line.getDescription()))));
                for (int i = 0; i < 4; i++) {
                    cells.add(Cell.of(i == q ? text.money(amount) : ""));
                }
                cells.add(Cell.of(text.money(amount)));
                if (q >= 0) {
                    totals[q] = totals[q].add(amount);
                }
                totals[4] = totals[4].add(amount);
                rows.add(Rows.cells(line, cells));
            }
        }
        List<String> figures = new ArrayList<>();
        Arrays.stream(totals).forEach(t -> figures.add(text.money(t)));
        rows.add(Rows.total(text.word("projects.sum"), 1, figures.toArray(String[]::new)));
        outline.minor(text.word("project.budget"), null);
        outline.table(
                text.word("project.budget.caption", text.name(project)),
                Rows.layout("L5 R1.6 R1.6 R1.6 R1.6 R1.8"),
                quarterHeader(text, "project.budgetItem", "projects.total", false),
                rows,
                null);
    }

    /** Two header rows: (ที่,) the first column, “ไตรมาส” over the four quarters, and the last column. */
    private static List<Row> quarterHeader(BookText text, String firstKey, String lastKey, boolean numbered) {
        List<Cell> top = new ArrayList<>();
        if (numbered) {
            top.add(Cell.spanning(text.word("table.number"), 1, 2));
        }
        top.add(Cell.spanning(text.word(firstKey), 1, 2));
        top.add(Cell.spanning(text.word("project.quarters"), 4, 1));
        top.add(Cell.spanning(text.word(lastKey), 1, 2));
        List<Cell> second = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            second.add(Cell.of(text.number(q)));
        }
        return List.of(Row.of(top), Row.of(second));
    }

    private static boolean overlaps(LocalDate start, LocalDate end, FiscalPeriod q) {
        if (start == null && end == null) {
            return false;
        }
        LocalDate s = start == null ? end : start, e = end == null ? start : end;
        return !s.isAfter(q.end()) && !e.isBefore(q.start());
    }

    /** The quarter (0-3) a line's money is spent in, or -1. */
    private static int quarterOf(BudgetLine line, Project project, List<FiscalPeriod> quarters) {
        LocalDate date = line.getActivity() != null && line.getActivity().getStartDate() != null
                ? line.getActivity().getStartDate()
                : project.getStartDate();
        for (int i = 0; i < quarters.size(); i++) {
            if (date != null && quarters.get(i).contains(date)) {
                return i;
            }
        }
        return -1;
    }
}
