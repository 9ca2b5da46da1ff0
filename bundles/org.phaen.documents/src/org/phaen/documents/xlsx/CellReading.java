/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * A cell as the value a person meant: text as typed, exact numbers (a number cell, or text with Thai digits and
 * thousands separators), dates (a date cell, or text in B.E. or C.E.). A formula whose result was never saved (POI
 * would give 0), a formula that ended in an error, a date cell holding a B.E. year are problems, never values.
 */
public final class CellReading {

    private CellReading() {}

    /** The type a cell's value has, looking through a formula to its saved result. */
    public static CellType type(Cell cell) throws CellProblem {
        if (cell == null) {
            return CellType.BLANK;
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return cell.getCellType();
        }
        if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
            throw new CellProblem("the formula =" + cell.getCellFormula() + " has no saved result; open and save the"
                    + " workbook in Excel or LibreOffice Calc so its result is stored, or type the value");
        }
        if (cell.getCachedFormulaResultType() == CellType.ERROR) {
            throw new CellProblem("the formula =" + cell.getCellFormula() + " ends in the error "
                    + FormulaError.forInt(cell.getErrorCellValue()).getString());
        }
        return cell.getCachedFormulaResultType();
    }

    /** The text of the cell, "" when blank; a number cell as its exact decimal, without formatting. */
    public static String text(Cell cell) throws CellProblem {
        return switch (type(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** The number in the cell, null when blank. */
    public static BigDecimal number(Cell cell) throws CellProblem {
        CellType type = type(cell);
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue());
        }
        String text = type == CellType.STRING ? cell.getStringCellValue().strip() : "";
        if (text.isEmpty() && type != CellType.BOOLEAN) {
            return null;
        }
        BigDecimal number = TypedText.number(text);
        if (number == null) {
            throw new CellProblem("\"" + (type == CellType.BOOLEAN ? text(cell) : text) + "\" is not a number");
        }
        return number;
    }

    /** The whole number in the cell, null when blank. */
    public static Integer integer(Cell cell) throws CellProblem {
        BigDecimal number = number(cell);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new CellProblem(plain(number) + " is not a whole number");
        }
    }

    /** The date in the cell, null when blank. */
    public static LocalDate date(Cell cell) throws CellProblem {
        CellType type = type(cell);
        if (type == CellType.NUMERIC) {
            double serial = cell.getNumericCellValue();
            if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
                throw new CellProblem(serial + " is not a date (type it as 15/3/2019)");
            }
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            String wrongYear = TypedText.buddhistEraYear(date);
            if (wrongYear != null) {
                throw new CellProblem(wrongYear);
            }
            return date;
        }
        String text = type == CellType.STRING ? cell.getStringCellValue().strip() : "";
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = TypedText.date(text);
        if (date == null) {
            throw new CellProblem("\"" + text + "\" is not a date; type " + TypedText.DATE_FORMS);
        }
        return date;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
