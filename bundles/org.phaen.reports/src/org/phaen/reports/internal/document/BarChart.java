/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A horizontal bar chart: one group of bars per label, one bar per series. A bar's tone, when not NONE, overrides
 * its series colour (indicator bars take their status colour). {@code reference} draws a dashed line (e.g. 100 %
 * of target); {@code unit} follows every value label; {@code legend} names the colours by the chart (the tones
 * of toned bars; empty to name the series when there are several).
 */
public record BarChart(
        String title, String unit, List<Series> series, List<Group> groups, BigDecimal reference, List<Series> legend) {

    public record Series(String name, String colour) {}

    /** A bar; without a value, {@code note} is written in its place (a yes/no indicator's status), else "no data". */
    public record Bar(BigDecimal value, Tone tone, String note) {
        public Bar(BigDecimal value, Tone tone) {
            this(value, tone, null);
        }
    }

    public record Group(String label, List<Bar> bars) {
        public Group {
            bars = List.copyOf(bars);
        }
    }

    public BarChart(String title, String unit, List<Series> series, List<Group> groups, BigDecimal reference) {
        this(title, unit, series, groups, reference, List.of());
    }

    public BarChart {
        series = List.copyOf(series);
        groups = List.copyOf(groups);
        legend = List.copyOf(legend);
        for (Group g : groups) {
            if (g.bars().size() != series.size()) {
                throw new IllegalArgumentException(
                        "chart " + title + ": group " + g.label() + " needs one bar per series");
            }
        }
    }

    BarChart mapText(UnaryOperator<String> f) {
        return new BarChart(
                f.apply(title),
                f.apply(unit),
                series.stream()
                        .map(s -> new Series(f.apply(s.name()), s.colour()))
                        .toList(),
                groups.stream()
                        .map(g -> new Group(
                                f.apply(g.label()),
                                g.bars().stream()
                                        .map(b -> new Bar(
                                                b.value(), b.tone(), b.note() == null ? null : f.apply(b.note())))
                                        .toList()))
                        .toList(),
                reference,
                legend.stream()
                        .map(s -> new Series(f.apply(s.name()), s.colour()))
                        .toList());
    }
}
