package org.phaen.instruments.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The few cell styles of the workbook. The workbook's default font becomes TH Sarabun New 16, the size Thai
 * government forms use, so every cell (typed ones too) shows it. Header and ID cells are locked, as every
 * style is by default; entry styles are unlocked, which is what sheet protection leaves editable.
 */
final class XlsxStyles {

    static final String FONT = "TH Sarabun New";
    static final short SIZE = 16;
    /**
     * Day/month/B.E. year as Thai offices write it ([$-107041E]: Thai locale, Thai Buddhist calendar; Excel and
     * LibreOffice both show 31/3/2562). The cell holds a true date, so sorting and filtering work.
     */
    static final String DATE_FORMAT = "[$-107041E]d/m/yyyy;@";
    /** How a date is typed: spreadsheet programs read a typed year as C.E. whatever the display calendar. */
    static final String DATE_TYPED = "d/m/yyyy";

    final XSSFCellStyle headerTh;
    final XSSFCellStyle headerEn;
    final XSSFCellStyle id;
    final XSSFCellStyle entry;
    final XSSFCellStyle entryDate;

    XlsxStyles(XSSFWorkbook workbook) {
        XSSFFont base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(SIZE);
        XSSFFont bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints(SIZE);
        bold.setBold(true);
        headerTh = header(workbook);
        headerTh.setFont(bold);
        headerEn = header(workbook);
        id = workbook.createCellStyle();
        id.setLocked(true);
        entry = workbook.createCellStyle();
        entry.setLocked(false);
        entryDate = workbook.createCellStyle();
        entryDate.setLocked(false);
        entryDate.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
    }

    private static XSSFCellStyle header(XSSFWorkbook workbook) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setLocked(true);
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
