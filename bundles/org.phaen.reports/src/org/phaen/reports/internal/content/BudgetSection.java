/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.phaen.reports.internal.document.BarChart;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Numbers;
import org.phaen.reports.internal.document.Tone;

/** Budget by funding source: allocated against disbursed, as a chart and a table with a total row. */
public final class BudgetSection {

    private BudgetSection() {}

    public static List<Block> blocks(String sheet, String chartName, List<SourceBudget> budget) {
        return List.of(new Block.Chart(chartName, chart(budget)), table(sheet, budget));
    }

    public static Block.Table table(String sheet, List<SourceBudget> budget) {
        List<List<Cell>> rows = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        for (SourceBudget b : budget) {
            rows.add(row(ThaiTexts.name(b.source()), b.allocated(), b.disbursed(), Tone.NONE));
            allocated = allocated.add(b.allocated());
            disbursed = disbursed.add(b.disbursed());
        }
        rows.add(row(ThaiTexts.text("budget.total"), allocated, disbursed, Tone.MUTED));
        return new Block.Table(sheet, ThaiTexts.columns("budget.columns"), List.of(40, 20, 20, 12), rows);
    }

    private static List<Cell> row(String label, BigDecimal allocated, BigDecimal disbursed, Tone tone) {
        BigDecimal share = ThaiTexts.share(disbursed, allocated);
        return List.of(
                Cell.text(label).toned(tone),
                Cell.number(allocated, Numbers.baht(allocated)).toned(tone),
                Cell.number(disbursed, Numbers.baht(disbursed)).toned(tone),
                Cell.number(share, Numbers.percent(share)).toned(tone));
    }

    private static BarChart chart(List<SourceBudget> budget) {
        List<BarChart.Group> groups = budget.stream()
                .map(b -> new BarChart.Group(
                        ThaiTexts.name(b.source()),
                        List.of(
                                new BarChart.Bar(b.allocated(), Tone.NONE),
                                new BarChart.Bar(b.disbursed(), Tone.NONE))))
                .toList();
        return new BarChart(
                ThaiTexts.text("budget.chart"),
                ThaiTexts.text("budget.unit"),
                List.of(
                        new BarChart.Series(ThaiTexts.text("budget.allocated"), "90A4AE"),
                        new BarChart.Series(ThaiTexts.text("budget.disbursed"), "2E7D32")),
                groups,
                null);
    }
}
