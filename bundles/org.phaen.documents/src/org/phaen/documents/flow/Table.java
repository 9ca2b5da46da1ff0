/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table: its columns, header rows (repeated on every page) and body rows, and an optional caption above it.
 * A cell spanning columns or rows covers its neighbours: the covered cells are left out of the rows, as in HTML.
 */
public record Table(String caption, List<Column> columns, List<Row> header, List<Row> body, String anchor)
        implements Block {

    /** How a column's cells align; {@code share} is its fraction of the width, or 0 to size it from its texts. */
    public record Column(Align align, double share) {

        public static Column auto(Align align) {
            return new Column(align, 0);
        }
    }

    /** Where text sits in its cell. */
    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** A row; {@code total} marks a total or subtotal row (bold, shaded); {@code anchor} the element it shows. */
    public record Row(List<Cell> cells, boolean total, String anchor) {

        public Row {
            cells = List.copyOf(cells);
        }

        public Row mapText(UnaryOperator<String> f) {
            return new Row(cells.stream().map(c -> c.mapText(f)).toList(), total, anchor);
        }

        public static Row of(List<Cell> cells) {
            return new Row(cells, false, null);
        }

        public static Row texts(String... texts) {
            return of(java.util.Arrays.stream(texts).map(Cell::of).toList());
        }
    }

    /**
     * A cell of one or more lines; {@code align} overrides the column's when not {@code null}.
     */
    public record Cell(List<Paragraph> lines, int colSpan, int rowSpan, Align align) {

        public Cell {
            lines = List.copyOf(lines);
            if (colSpan < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("a cell spans at least one column and one row");
            }
        }

        public static Cell of(String text) {
            return new Cell(List.of(Paragraph.of(Paragraph.Role.PLAIN, text)), 1, 1, null);
        }

        public static Cell spanning(String text, int colSpan, int rowSpan) {
            return new Cell(List.of(Paragraph.of(Paragraph.Role.PLAIN, text)), colSpan, rowSpan, null);
        }

        public Cell aligned(Align a) {
            return new Cell(lines, colSpan, rowSpan, a);
        }

        public Cell mapText(UnaryOperator<String> f) {
            return new Cell(lines.stream().map(p -> p.mapText(f)).toList(), colSpan, rowSpan, align);
        }

        /** The cell's text, its lines joined with {@code "\n"}. */
        public String text() {
            return String.join("\n", lines.stream().map(Paragraph::text).toList());
        }
    }

    public Table {
        columns = List.copyOf(columns);
        header = List.copyOf(header);
        body = List.copyOf(body);
        new TableGrid(columns.size(), rows(header, body)); // refuses rows that do not fill the grid
    }

    private static List<Row> rows(List<Row> header, List<Row> body) {
        return java.util.stream.Stream.concat(header.stream(), body.stream()).toList();
    }

    @Override
    public Table mapText(UnaryOperator<String> f) {
        return new Table(
                caption == null ? null : f.apply(caption),
                columns,
                header.stream().map(r -> r.mapText(f)).toList(),
                body.stream().map(r -> r.mapText(f)).toList(),
                anchor);
    }

    /** Header and body rows, in order. */
    public List<Row> rows() {
        return rows(header, body);
    }

    /**
     * For each row of {@link #rows()}, whether it must stand on the same page as the next row: a group's title (one
     * cell across the table) or a body row with a cell spanning down into the next; the last row keeps with nothing.
     */
    public boolean[] keptWithNext() {
        List<Row> rows = rows();
        TableGrid grid = grid();
        boolean[] keep = new boolean[rows.size()];
        for (int r = header.size(); r < rows.size() - 1; r++) {
            List<Cell> cells = rows.get(r).cells();
            keep[r] = cells.size() == 1 && cells.get(0).colSpan() == columns.size()
                    || grid.row(r).stream().anyMatch(p -> p.cell().rowSpan() > 1);
        }
        return keep;
    }

    /** Where each cell falls on the grid of columns and rows. */
    public TableGrid grid() {
        return new TableGrid(columns.size(), rows());
    }
}
