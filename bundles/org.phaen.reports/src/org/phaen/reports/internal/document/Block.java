/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.document;

import java.util.List;
import java.util.function.UnaryOperator;

/** A part of a report. Writers switch over the permitted kinds, so a new kind fails to compile until all handle it. */
public sealed interface Block {

    /** The same block with every text and link passed through {@code f} (numbers untouched). */
    Block mapText(UnaryOperator<String> f);

    record Heading(int level, String text) implements Block {
        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Heading(level, f.apply(text));
        }
    }

    record Paragraph(String text) implements Block {
        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Paragraph(f.apply(text));
        }
    }

    /**
     * A table; {@code sheet} names it in a workbook (31 characters at most) and {@code widths} are relative
     * column widths.
     */
    record Table(String sheet, List<String> columns, List<Integer> widths, List<List<Cell>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            int n = columns.size();
            if (widths.size() != n || rows.stream().anyMatch(r -> r.size() != n)) {
                throw new IllegalArgumentException("table " + sheet + ": every row needs " + n + " cells and widths");
            }
        }

        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Table(
                    f.apply(sheet),
                    columns.stream().map(f).toList(),
                    widths,
                    rows.stream()
                            .map(r -> r.stream()
                                    .map(c -> new Cell(
                                            f.apply(c.text()),
                                            c.number(),
                                            c.tone(),
                                            c.href() == null ? null : f.apply(c.href())))
                                    .toList())
                            .toList());
        }
    }

    /** A chart; {@code name} is a file-name-safe key (the public pack writes {@code charts/name.svg}). */
    record Chart(String name, BarChart chart) implements Block {
        @Override
        public Block mapText(UnaryOperator<String> f) {
            return new Chart(name, chart.mapText(f));
        }
    }
}
