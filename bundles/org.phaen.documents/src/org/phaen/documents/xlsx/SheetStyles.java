/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles every Phaen workbook shares (an XSSF workbook, or SXSSF for one written as a stream). The workbook's default font becomes TH Sarabun New 16, the size Thai
 * government forms use, so every cell (typed ones too) shows it. Header cells are locked, as every style is by
 * default; entry styles are unlocked, which is what sheet protection leaves editable.
 */
public final class SheetStyles {

    public static final String FONT = "TH Sarabun New";
    public static final short SIZE = 16;
    /**
     * Day/month/B.E. year as Thai offices write it ([$-107041E]: Thai locale, Thai Buddhist calendar; Excel and
     * LibreOffice both show 31/3/2562). The cell holds a true date, so sorting and filtering work.
     */
    public static final String DATE_FORMAT = "[$-107041E]d/m/yyyy;@";
    /** How a date is typed: spreadsheet programs read a typed year as C.E. whatever the display calendar. */
    public static final String DATE_TYPED = "d/m/yyyy";
    /** Amounts with thousands separators and up to two decimals. */
    public static final String NUMBER_FORMAT = "#,##0.##";

    public final CellStyle headerTh;
    public final CellStyle headerEn;
    public final CellStyle id;
    public final CellStyle entry;
    public final CellStyle entryDate;
    public final CellStyle entryNumber;
    public final CellStyle wrapped;

    public SheetStyles(Workbook workbook) {
        Font base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setFontHeightInPoints(SIZE);
        Font bold = workbook.createFont();
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
        entryNumber = workbook.createCellStyle();
        entryNumber.setLocked(false);
        entryNumber.setDataFormat(workbook.createDataFormat().getFormat(NUMBER_FORMAT));
        wrapped = workbook.createCellStyle();
        wrapped.setLocked(false);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle header(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
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
