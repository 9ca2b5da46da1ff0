/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Run;
import org.phaen.documents.flow.Table.Align;
import org.phaen.documents.flow.Table.Cell;
import org.phaen.documents.flow.Table.Column;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.Identified;

/** Short ways to make the columns, header and rows of a book's tables. */
public final class Rows {

    private Rows() {}

    /** A header row of plain texts. */
    public static Row header(String... texts) {
        return Row.texts(texts);
    }

    /** A body row showing {@code element} (its bookmark), cells as given. */
    public static Row of(Identified element, String... texts) {
        return new Row(Arrays.stream(texts).map(Cell::of).toList(), false, Outline.uuid(element));
    }

    public static Row cells(Identified element, List<Cell> cells) {
        return new Row(cells, false, Outline.uuid(element));
    }

    /** A total row: {@code label} over the first {@code span} columns, then the figures. */
    public static Row total(String label, int span, String... figures) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.spanning(label, span, 1));
        Arrays.stream(figures).map(Cell::of).forEach(cells::add);
        return new Row(cells, true, null);
    }

    /** A row of one cell across all {@code columns}, bold: a group's title inside a table. */
    public static Row group(Identified element, String text, int columns) {
        Cell cell = new Cell(
                List.of(new Paragraph(Paragraph.Role.PLAIN, List.of(Run.bold(text)), null)), columns, 1, Align.LEFT);
        return new Row(List.of(cell), false, Outline.uuid(element));
    }

    /** A cell of several lines. */
    public static Cell lines(List<String> lines) {
        List<Paragraph> paragraphs = (lines.isEmpty() ? List.of("") : lines)
                .stream().map(l -> Paragraph.of(Paragraph.Role.PLAIN, l)).toList();
        return new Cell(paragraphs, 1, 1, null);
    }

    /**
     * Columns from a layout such as {@code "# L6 C2 R2"}: per column its alignment (L, C, R) and relative width, {@code #}
     * for the narrow ordinal column (ที่). Widths are fixed by the layout, never by the texts, so an edit of the plan
     * changes only the cells it touches, not the grid of the whole table.
     */
    public static List<Column> layout(String spec) {
        List<String> tokens = List.of(spec.trim().split("\\s+"));
        double sum = 0;
        for (String t : tokens) {
            sum += weight(t);
        }
        List<Column> out = new ArrayList<>();
        for (String t : tokens) {
            Align align = switch (t.charAt(0)) {
                case 'L' -> Align.LEFT;
                case 'R' -> Align.RIGHT;
                case 'C', '#' -> Align.CENTER;
                default -> throw new IllegalArgumentException("column layout " + t + ": L, C, R or #");
            };
            out.add(new Column(align, weight(t) / sum));
        }
        return out;
    }

    private static double weight(String token) {
        return token.equals("#") ? 0.6 : Double.parseDouble(token.substring(1));
    }
}
