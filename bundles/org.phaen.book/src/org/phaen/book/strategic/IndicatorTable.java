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
import org.phaen.book.Outline;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Table.Cell;
import org.phaen.documents.flow.Table.Column;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.Target;
import org.phaen.model.query.Targets;

/**
 * One table per strategic issue: the indicators of its goals and strategies, each with unit, baseline and the target
 * of every fiscal year of the plan, grouped under the goal or strategy they measure.
 */
final class IndicatorTable {

    private IndicatorTable() {}

    static void write(Outline outline, StrategicPlan plan, StrategicIssue issue) {
        BookText text = outline.text();
        List<Integer> years = years(plan);
        int width = 3 + years.size();
        List<Row> body = new ArrayList<>();
        for (Goal goal : issue.getGoals()) {
            if (!goal.getIndicators().isEmpty()) {
                body.add(Rows.group(null, text.word("indicators.goal", text.name(goal)), width));
                goal.getIndicators().forEach(i -> body.add(row(text, i, years)));
            }
        }
        for (Strategy strategy : issue.getStrategies()) {
            if (!strategy.getIndicators().isEmpty()) {
                body.add(Rows.group(null, text.word("indicators.strategy", text.name(strategy)), width));
                strategy.getIndicators().forEach(i -> body.add(row(text, i, years)));
            }
        }
        if (body.isEmpty()) {
            return;
        }
        List<Column> columns = Rows.layout("L6 C1.6 R2 " + "R1.7 ".repeat(years.size()));
        List<Cell> top = new ArrayList<>(List.of(
                Cell.spanning(text.word("indicators.indicator"), 1, 2),
                Cell.spanning(text.word("indicators.unit"), 1, 2),
                Cell.spanning(text.word("indicators.baseline"), 1, 2)));
        top.add(Cell.spanning(text.word("indicators.targets"), years.size(), 1));
        Row yearRow = Row.of(years.stream().map(y -> Cell.of(text.year(y))).toList());
        outline.table(
                text.word("indicators.caption", text.name(issue)), columns, List.of(Row.of(top), yearRow), body, null);
    }

    private static Row row(BookText text, Indicator indicator, List<Integer> years) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(text.name(indicator)));
        cells.add(Cell.of(text.digits(indicator.getUnit())));
        String baseline = text.value(indicator.getBaselineValue());
        cells.add(
                baseline.isEmpty() || indicator.getBaselineYear() <= 0
                        ? Cell.of(baseline)
                        : Rows.lines(List.of(baseline, "(" + text.year(indicator.getBaselineYear()) + ")")));
        for (int year : years) {
            cells.add(Cell.of(
                    Targets.forYear(indicator, year).map(t -> target(text, t)).orElse("-")));
        }
        return Rows.cells(indicator, cells);
    }

    static String target(BookText text, Target target) {
        return target.getValue() != null ? text.value(target.getValue()) : text.digits(target.getText());
    }

    /** The plan's fiscal years, from its period (or, without one, from the years its targets name). */
    static List<Integer> years(StrategicPlan plan) {
        List<Integer> years = new ArrayList<>();
        if (plan.getStartYear() > 0 && plan.getEndYear() >= plan.getStartYear()) {
            for (int y = plan.getStartYear(); y <= plan.getEndYear(); y++) {
                years.add(y);
            }
            return years;
        }
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof Target t && t.getFiscalYear() > 0 && !years.contains(t.getFiscalYear())) {
                years.add(t.getFiscalYear());
            }
        });
        years.sort(null);
        return years;
    }
}
