/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.testing.SamplePlans;

/** A plan workbook edited with POI in a test, cell by cell, as a planner would in a spreadsheet program. */
final class WorkbookFile {

    static final java.time.LocalDate TODAY = java.time.LocalDate.of(2019, 6, 1);

    /** The sample provincial plan (the regional one loaded beside it) and its workbook, written into the folder. */
    record Exported(org.phaen.model.PlanModel plan, Path xlsx) {}

    private WorkbookFile() {}

    static Exported sample(Path dir) throws Exception {
        org.phaen.model.PlanModel plan = SamplePlans.province(org.phaen.model.resource.PlanFiles.newResourceSet());
        Path xlsx = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter(TODAY).write(plan, WorkbookScope.PLAN, xlsx);
        return new Exported(plan, xlsx);
    }

    static void edit(Path xlsx, Consumer<XSSFWorkbook> change) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
        change.accept(workbook);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.write(out);
        }
        workbook.close();
    }

    /** The column headed {@code english} in the sheet's second row. */
    static int column(Sheet sheet, String english) {
        for (Cell cell : sheet.getRow(1)) {
            if (cell.getStringCellValue().equals(english)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + english + " in " + sheet.getSheetName());
    }

    static Row row(Sheet sheet, String uuid) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && uuid.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + uuid + " in " + sheet.getSheetName());
    }

    static void set(Sheet sheet, Row row, String english, String value) {
        row.createCell(column(sheet, english)).setCellValue(value);
    }

    static Row newRow(Sheet sheet) {
        return sheet.createRow(sheet.getLastRowNum() + 1);
    }
}
