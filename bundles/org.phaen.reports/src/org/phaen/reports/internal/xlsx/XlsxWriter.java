/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Report;

/**
 * The numbers of a {@link Report} as a workbook: an info sheet with the title lines, then one sheet per table.
 * Numbers are numeric cells (sums and charts work in the spreadsheet) with a format that keeps the decimals they
 * were entered with; baht amounts fit a spreadsheet's 15 significant digits exactly.
 */
public final class XlsxWriter {

    private XlsxWriter() {}

    public static void write(Report report, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxCellStyles styles = new XlsxCellStyles(wb);
            XSSFSheet info = wb.createSheet(ThaiTexts.text("xlsx.infoSheet"));
            info.createRow(0).createCell(0).setCellValue(report.title());
            info.getRow(0).getCell(0).setCellStyle(styles.header());
            for (int i = 0; i < report.subtitle().size(); i++) {
                info.createRow(i + 1)
                        .createCell(0)
                        .setCellValue(report.subtitle().get(i));
            }
            info.setColumnWidth(0, 120 * 256);
            Set<String> names = new HashSet<>(Set.of(info.getSheetName()));
            for (Block.Table t : report.tables()) {
                sheet(wb.createSheet(uniqueName(t.sheet(), names)), t, styles);
            }
            wb.write(out);
        }
        out.flush();
    }

    private static void sheet(XSSFSheet sheet, Block.Table t, XlsxCellStyles styles) {
        XSSFRow header = sheet.createRow(0);
        for (int c = 0; c < t.columns().size(); c++) {
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(t.columns().get(c));
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(c, Math.min(255, 2 + t.widths().get(c)) * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < t.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell value = cells.get(c);
                XSSFCell cell = row.createCell(c);
                if (value.numeric()) {
                    cell.setCellValue(value.number().doubleValue());
                } else {
                    cell.setCellValue(value.text());
                }
                cell.setCellStyle(styles.of(value));
            }
        }
    }

    /** Sheet names: at most 31 characters, no []:*?/\, unique regardless of case. */
    static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
