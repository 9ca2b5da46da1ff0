/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.CellReading;

/**
 * A workbook cell as the text a person would read: exact numbers, ISO dates, no formatting. A value that cannot be
 * read truly is a problem naming sheet, row and cell rather than a made-up value: a formula whose result was never
 * saved (POI would give 0), a formula that ended in an error, a date cell holding a B.E. year.
 */
final class CellText {

    private final String sheet;
    private final ImportProblems problems;

    CellText(String sheet, ImportProblems problems) {
        this.sheet = sheet;
        this.problems = problems;
    }

    /** The cell's text, or "" when it is blank or has a problem (then added). */
    String read(Cell cell, String where, boolean date) {
        if (cell == null) {
            return "";
        }
        try {
            if (date && CellReading.type(cell) == CellType.NUMERIC) {
                return CellReading.date(cell).toString();
            }
            CellReading.type(cell); // a formula without a saved result, or ending in an error, is a problem
            return plain(cell);
        } catch (CellProblem e) {
            problem(cell, where, e.getMessage());
            return "";
        }
    }

    private void problem(Cell cell, String where, String message) {
        problems.add(
                where,
                "cell " + new CellReference(cell).formatAsString(false) + " of sheet \"" + sheet + "\": " + message);
    }

    /** A cell read without checks (for the sheet's hidden ids and headings). */
    static String plain(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            default -> "";
        };
    }
}
