/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.phaen.reports.assess.IndicatorResult;
import org.phaen.reports.assess.IndicatorStatus;
import org.phaen.reports.internal.document.BarChart;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Numbers;

/** Indicators against their targets: a chart of achievement (percent of target) and the table with the status colours. */
public final class IndicatorSection {

    /** How the statuses are computed, printed under every indicator table (details in IndicatorAssessment). */
    public static final String RULES = ThaiTexts.text("indicator.rules");

    private IndicatorSection() {}

    /** Chart and table; the rules paragraph is the caller's to place once. */
    public static List<Block> blocks(String sheet, String chartName, int fiscalYear, List<IndicatorResult> results) {
        return List.of(new Block.Chart(chartName, chart(results)), table(sheet, fiscalYear, results));
    }

    public static Block.Table table(String sheet, int fiscalYear, List<IndicatorResult> results) {
        List<List<Cell>> rows = new ArrayList<>();
        for (IndicatorResult r : results) {
            rows.add(List.of(
                    Cell.text(ThaiTexts.label(r.indicator())),
                    Cell.text(r.indicator().getUnit()),
                    Cell.number(r.target(), Numbers.value(r.target())),
                    Cell.number(r.expected(), Numbers.value(r.expected())),
                    Cell.number(r.actual(), Numbers.value(r.actual())),
                    Cell.number(r.achievementPercent(), Numbers.percent(r.achievementPercent())),
                    Cell.text(r.asOf() == null ? "-" : r.asOf().getName()),
                    Cell.number(BigDecimal.valueOf(r.agencies()), Integer.toString(r.agencies())),
                    Cell.text(r.status().labelTh()).toned(r.status().tone())));
        }
        return new Block.Table(
                sheet,
                ThaiTexts.columns("indicator.columns", String.valueOf(fiscalYear)),
                List.of(30, 8, 9, 9, 9, 9, 14, 8, 11),
                rows);
    }

    /** The share of the target; a yes/no indicator has none (met or not), so its bar says its status instead. */
    private static BarChart.Bar bar(IndicatorResult r) {
        if (r.status() == IndicatorStatus.NO_DATA) {
            return new BarChart.Bar(null, r.status().tone());
        }
        BigDecimal percent = r.achievementPercent();
        return new BarChart.Bar(
                percent, r.status().tone(), percent == null ? r.status().labelTh() : null);
    }

    private static BarChart chart(List<IndicatorResult> results) {
        List<BarChart.Group> groups = results.stream()
                .map(r -> new BarChart.Group(ThaiTexts.label(r.indicator()), List.of(bar(r))))
                .toList();
        return new BarChart(
                ThaiTexts.text("indicator.chart"),
                "%",
                List.of(new BarChart.Series(ThaiTexts.text("indicator.series"), "1565C0")),
                groups,
                BigDecimal.valueOf(100),
                Arrays.stream(IndicatorStatus.values())
                        .map(s -> new BarChart.Series(s.labelTh(), s.tone().strong()))
                        .toList());
    }
}
