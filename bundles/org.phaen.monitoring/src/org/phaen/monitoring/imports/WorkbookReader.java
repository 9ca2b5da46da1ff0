package org.phaen.monitoring.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a filled data-entry workbook written by Phaen's XLSX renderer: the entry sheet's hidden first row holds
 * the instrument's uuid (A1) and each column's item uuid, A2 the instrument version; data start on row 4, one
 * submission per row. Anything else is refused with a message before a cell is read.
 */
final class WorkbookReader {

    static final String ENTRY_SHEET = "บันทึกข้อมูล";
    private static final int FIRST_ENTRY_ROW = 3;

    /** The file's identity and its rows. */
    record Contents(String instrumentUuid, int version, List<Submission> submissions) {
    }

    static {
        // Zip bombs: refuse entries that inflate more than 100x or beyond 100 MB (POI checks while reading).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private WorkbookReader() {
    }

    static Contents read(byte[] bytes, String name) throws ImportException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet(ENTRY_SHEET);
            Row ids = sheet == null ? null : sheet.getRow(0);
            if (ids == null || text(ids.getCell(0)).isEmpty()) {
                throw new ImportException(name + " is not a Phaen data-entry workbook (no sheet \"" + ENTRY_SHEET
                    + "\" with the instrument's id); fill in the workbook 'phaen instruments --formats xlsx' wrote");
            }
            BigDecimal version = Numbers.parse(text(sheet.getRow(1) == null ? null : sheet.getRow(1).getCell(0)));
            List<String> columns = new ArrayList<>();
            for (int c = 1; c < ids.getLastCellNum(); c++) {
                columns.add(text(ids.getCell(c)));
            }
            List<Submission> submissions = new ArrayList<>();
            for (int r = FIRST_ENTRY_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> answers = new LinkedHashMap<>();
                for (int c = 0; row != null && c < columns.size(); c++) {
                    String value = text(row.getCell(c + 1));
                    if (!value.isEmpty() && !columns.get(c).isEmpty()) {
                        answers.put(columns.get(c), value);
                    }
                }
                if (!answers.isEmpty()) {
                    submissions.add(new Submission("row " + (r + 1), name + "#" + (r + 1), answers));
                }
            }
            return new Contents(text(ids.getCell(0)), version == null ? 0 : version.intValue(), submissions);
        } catch (IOException | RuntimeException e) {
            // POI reports zip bombs, truncated and non-zip files this way.
            throw new ImportException(name + " cannot be read as an XLSX workbook: " + e.getMessage(), e);
        }
    }

    /** A cell as the text a person would read: exact numbers, ISO dates, no formatting. */
    static String text(Cell cell) {
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
