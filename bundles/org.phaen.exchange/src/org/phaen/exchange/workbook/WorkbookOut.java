/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.phaen.documents.xlsx.SheetStyles;

/** What the columns share while a workbook is written: keys, styles, the lists to choose from, the day consent is judged on. */
final class WorkbookOut {

    final ElementKeys keys;
    final SheetStyles styles;
    final LocalDate today;
    /** Each list of the lists sheet, by what it lists: an EClass (keys and names) or an EEnum (Thai labels). */
    final Map<Object, ListsSheet.Range> lists = new HashMap<>();

    private final CellStyle plain;

    WorkbookOut(Workbook workbook, ElementKeys keys, SheetStyles styles, LocalDate today) {
        this.keys = keys;
        this.styles = styles;
        this.today = today;
        this.plain = workbook.getCellStyleAt(0);
    }

    /** The name beside the key in {@code keyCell}, looked up in a two-column table of keys and names; blank when none. */
    static String lookup(String keyCell, String table) {
        return "IFERROR(VLOOKUP(" + keyCell + "," + table + ",2,FALSE),T(0))"; // T(0) is "": no quotes to escape
    }

    /**
     * A new cell with the workbook's default style set on it: a streamed cell without a style asks its column for one
     * when written, a search of the sheet's column definitions that took a third of a large export.
     */
    Cell cell(Row row, int column) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(plain);
        return cell;
    }

    Cell text(Row row, int column, String value) {
        Cell cell = cell(row, column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        return cell;
    }
}
