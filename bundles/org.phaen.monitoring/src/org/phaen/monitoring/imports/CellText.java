package org.phaen.monitoring.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

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
        boolean formula = cell.getCellType() == CellType.FORMULA;
        if (formula && cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
            problem(cell, where, "the formula =" + cell.getCellFormula() + " has no saved result; open and save the"
                + " workbook in Excel or LibreOffice Calc so its result is stored, or type the value");
            return "";
        }
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.ERROR) {
            problem(cell, where, "the formula =" + cell.getCellFormula() + " ends in the error "
                + FormulaError.forInt(cell.getErrorCellValue()).getString());
            return "";
        }
        if (date && type == CellType.NUMERIC) {
            return date(cell, where);
        }
        return plain(cell);
    }

    private String date(Cell cell, String where) {
        double serial = cell.getNumericCellValue();
        if (!DateUtil.isValidExcelDate(serial) || serial < 1) {
            problem(cell, where, serial + " is not a date (type it as 15/3/2019)");
            return "";
        }
        LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
        String wrongYear = Dates.buddhistEraYear(date);
        if (wrongYear != null) {
            problem(cell, where, wrongYear);
            return "";
        }
        return date.toString();
    }

    private void problem(Cell cell, String where, String message) {
        problems.add(where, "cell " + new CellReference(cell).formatAsString(false) + " of sheet \"" + sheet + "\": " + message);
    }

    /** A cell read without checks (for the sheet's hidden ids and headings). */
    static String plain(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "yes" : "no";
            default -> "";
        };
    }
}
