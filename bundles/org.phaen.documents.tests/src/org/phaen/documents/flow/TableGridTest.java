/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.documents.flow.Table.Align;
import org.phaen.documents.flow.Table.Cell;
import org.phaen.documents.flow.Table.Column;
import org.phaen.documents.flow.Table.Row;

/** Cells placed on a table's grid, spans included, and tables that do not fill their grid refused. */
class TableGridTest {

    private static final List<Column> THREE =
            List.of(Column.auto(Align.LEFT), Column.auto(Align.LEFT), Column.auto(Align.LEFT));

    @Test
    void spansCoverTheirNeighbours() {
        Table t = new Table(
                null,
                THREE,
                List.of(Row.of(List.of(Cell.spanning("a", 1, 2), Cell.spanning("b", 2, 1))), Row.texts("c", "d")),
                List.of(Row.texts("e", "f", "g")),
                null);
        TableGrid grid = t.grid();
        assertEquals(
                List.of(0, 1),
                grid.row(0).stream().map(TableGrid.Placed::column).toList());
        assertEquals(
                List.of(1, 2),
                grid.row(1).stream().map(TableGrid.Placed::column).toList());
        assertTrue(grid.covered(1, 0));
        assertEquals(3, grid.row(2).size());
    }

    @Test
    void rowsMustFillTheGrid() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Table(null, THREE, List.of(), List.of(Row.texts("a", "b")), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Table(null, THREE, List.of(), List.of(Row.texts("a", "b", "c", "d")), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Table(
                        null,
                        THREE,
                        List.of(),
                        List.of(
                                Row.of(List.of(Cell.spanning("a", 1, 2), Cell.of("b"), Cell.of("c"))),
                                Row.of(List.of(Cell.spanning("d", 2, 1), Cell.of("e")))),
                        null));
    }

    @Test
    void treesAreValues() {
        assertEquals(SampleFlow.document("๘๕"), SampleFlow.document("๘๕"));
        assertTrue(!SampleFlow.document("๘๕").equals(SampleFlow.document("๘๖")));
    }
}
