/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.phaen.documents.flow.Table.Cell;
import org.phaen.documents.flow.Table.Column;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.FundingSource;
import org.phaen.model.Identified;
import org.phaen.model.Project;
import org.phaen.model.query.Budgets;

/**
 * Projects with their budget by funding source, the total and the body responsible: one row per project, a column per
 * funding source the projects use (in the order they first appear), a total row.
 */
public final class ProjectTable {

    private ProjectTable() {}

    public static void write(Outline outline, String caption, List<Project> projects, Identified element) {
        BookText text = outline.text();
        Set<FundingSource> sources = new LinkedHashSet<>();
        projects.forEach(p -> sources.addAll(Budgets.bySource(p).keySet()));
        List<Column> columns = Rows.layout("# L7 " + "R2 ".repeat(sources.size()) + "R2 L3");
        List<Cell> top = new ArrayList<>(List.of(
                Cell.spanning(text.word("projects.number"), 1, 2),
                Cell.spanning(text.word("projects.project"), 1, 2),
                Cell.spanning(text.word("projects.budget"), sources.size() + 1, 1),
                Cell.spanning(text.word("projects.responsible"), 1, 2)));
        List<Cell> second = new ArrayList<>();
        sources.forEach(s -> second.add(Cell.of(s == null ? text.word("projects.noSource") : text.name(s))));
        second.add(Cell.of(text.word("projects.total")));
        List<Row> body = new ArrayList<>();
        BigDecimal[] totals = new BigDecimal[sources.size() + 1];
        java.util.Arrays.fill(totals, BigDecimal.ZERO);
        int n = 0;
        for (Project project : projects) {
            Map<FundingSource, BigDecimal> bySource = Budgets.bySource(project);
            List<Cell> cells = new ArrayList<>(List.of(Cell.of(text.number(++n)), Cell.of(text.name(project))));
            int k = 0;
            for (FundingSource source : sources) {
                BigDecimal amount = bySource.getOrDefault(source, BigDecimal.ZERO);
                totals[k] = totals[k].add(amount);
                k++;
                cells.add(Cell.of(amount.signum() == 0 ? "-" : text.money(amount)));
            }
            BigDecimal total = Budgets.total(project);
            totals[k] = totals[k].add(total);
            cells.add(Cell.of(text.money(total)));
            cells.add(Cell.of(
                    project.getResponsibleOrganization() == null
                            ? ""
                            : text.name(project.getResponsibleOrganization())));
            body.add(Rows.cells(project, cells));
        }
        List<String> figures = new ArrayList<>();
        for (BigDecimal t : totals) {
            figures.add(text.money(t));
        }
        figures.add("");
        body.add(Rows.total(text.word("projects.sum"), 2, figures.toArray(String[]::new)));
        outline.table(caption, columns, List.of(Row.of(top), Row.of(second)), body, element);
    }
}
