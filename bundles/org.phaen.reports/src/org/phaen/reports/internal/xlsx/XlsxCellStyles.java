/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Tone;

/**
 * Cell styles, made once per (number format, tone): a workbook holds at most 64,000 styles, so a style per cell
 * would break on large plans. The default font is the documents' Thai font at 14 pt.
 */
final class XlsxCellStyles {

    private final XSSFWorkbook wb;
    private final XSSFCellStyle header;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();

    XlsxCellStyles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont base = wb.getFontAt(0);
        base.setFontName(ThaiRuns.FONT);
        base.setFontHeightInPoints((short) ThaiRuns.SMALL_PT);
        XSSFFont bold = wb.createFont();
        bold.setFontName(ThaiRuns.FONT);
        bold.setFontHeightInPoints((short) ThaiRuns.SMALL_PT);
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(header, "EEEEEE");
        header.setBorderBottom(BorderStyle.THIN);
    }

    XSSFCellStyle header() {
        return header;
    }

    XSSFCellStyle of(Cell cell) {
        String format = cell.numeric() ? format(cell.number().scale()) : "@";
        return cache.computeIfAbsent(format + "|" + cell.tone(), k -> {
            XSSFCellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(!cell.numeric());
            if (cell.tone() != Tone.NONE) {
                fill(style, cell.tone().fill());
            }
            return style;
        });
    }

    /** As many decimals as the value was entered with (up to 4), thousands grouped. */
    private static String format(int scale) {
        return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(Math.min(scale, 4));
    }

    private static void fill(XSSFCellStyle style, String rgb) {
        style.setFillForegroundColor(new XSSFColor(java.util.HexFormat.of().parseHex(rgb)));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
