/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a {@link Table} placed on its grid, spans taken into account: which grid column each cell starts
 * in, and which grid positions a span from above covers. Built when a table is made, so a table whose rows do not
 * fill exactly its columns is refused at once rather than drawn wrong by one renderer.
 */
public final class TableGrid {

    /** A cell at its place: row, first grid column. */
    public record Placed(int row, int column, Table.Cell cell) {}

    private final List<List<Placed>> rows = new ArrayList<>();
    private final boolean[][] coveredFromAbove;

    TableGrid(int columns, List<Table.Row> tableRows) {
        int n = tableRows.size();
        coveredFromAbove = new boolean[n][columns];
        for (int r = 0; r < n; r++) {
            List<Placed> placed = new ArrayList<>();
            int c = 0;
            for (Table.Cell cell : tableRows.get(r).cells()) {
                while (c < columns && coveredFromAbove[r][c]) {
                    c++;
                }
                if (c + cell.colSpan() > columns) {
                    throw new IllegalArgumentException(
                            "row " + r + " has more cells than the table's " + columns + " columns");
                }
                for (int k = c; k < c + cell.colSpan(); k++) {
                    if (coveredFromAbove[r][k]) {
                        throw new IllegalArgumentException(
                                "row " + r + ": a cell overlaps a cell spanning down from above");
                    }
                }
                placed.add(new Placed(r, c, cell));
                for (int below = r + 1; below < Math.min(n, r + cell.rowSpan()); below++) {
                    for (int k = c; k < c + cell.colSpan(); k++) {
                        coveredFromAbove[below][k] = true;
                    }
                }
                c += cell.colSpan();
            }
            while (c < columns && coveredFromAbove[r][c]) {
                c++;
            }
            if (c != columns) {
                throw new IllegalArgumentException(
                        "row " + r + " fills " + c + " of the table's " + columns + " columns");
            }
            rows.add(List.copyOf(placed));
        }
    }

    /** The cells that start in row {@code r}, left to right. */
    public List<Placed> row(int r) {
        return rows.get(r);
    }

    /** Whether a cell spanning down from an earlier row covers grid position ({@code r}, {@code c}). */
    public boolean covered(int r, int c) {
        return coveredFromAbove[r][c];
    }

    public int rowCount() {
        return rows.size();
    }
}
