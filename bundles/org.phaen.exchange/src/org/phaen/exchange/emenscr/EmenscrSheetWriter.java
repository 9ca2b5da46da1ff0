/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.emenscr;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.documents.xlsx.HeaderRows;
import org.phaen.documents.xlsx.HeaderRows.Heading;
import org.phaen.documents.xlsx.SheetStyles;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.monitoring.store.StoreRows;

/**
 * Writes the eMENSCR project sheet: one row per project of the fiscal year's action plans, the columns of
 * {@link EmenscrColumns} under a row naming their groups, Thai headers over English, dates shown in B.E.
 */
public final class EmenscrSheetWriter {

    private static final int GROUP_ROW = 0;
    private static final int FIRST_ROW = 1 + HeaderRows.COUNT;

    private final LocalDate today;

    public EmenscrSheetWriter(LocalDate today) {
        this.today = today;
    }

    /** Writes the sheet; the store (may be null) gives the quarters' progress and disbursement. Returns the project rows. */
    public int write(PlanModel plan, int fiscalYear, StoreRows store, Path out)
            throws IOException, java.sql.SQLException {
        QuarterFigures figures = store == null ? QuarterFigures.NONE : QuarterFigures.load(store, plan, fiscalYear);
        Map<String, String> thai = words("th");
        Map<String, String> english = words("en");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream stream = Files.newOutputStream(out)) {
            SheetStyles styles = new SheetStyles(workbook);
            List<Heading> headings = new ArrayList<>();
            for (EmenscrColumns.Column column : EmenscrColumns.ALL) {
                String mark = column.assumed() ? " *" : "";
                headings.add(new Heading(thai.get(column.id()) + mark, english.get(column.id()) + mark, width(column)));
            }
            Sheet sheet = HeaderRows.sheet(workbook, thai.get("sheet"), headings, styles, 1);
            groups(sheet, thai, english, styles);
            int r = FIRST_ROW;
            for (var actionPlan : plan.getPlans()) {
                if (actionPlan instanceof ActionPlan action && action.getFiscalYear() == fiscalYear) {
                    for (Project project : action.getProjects()) {
                        ProjectRecord record = new ProjectRecord(
                                project, action, new AlignmentLevels(project), figures.of(project), today, thai);
                        row(sheet.createRow(r++), record, styles);
                    }
                }
            }
            Row note = sheet.createRow(r + 1);
            note.createCell(0).setCellValue(thai.get("assumed") + " / " + english.get("assumed"));
            workbook.write(stream);
            return r - FIRST_ROW;
        }
    }

    private static void row(Row row, ProjectRecord record, SheetStyles styles) {
        int c = 0;
        for (EmenscrColumns.Column column : EmenscrColumns.ALL) {
            Cell cell = row.createCell(c++);
            Object value = column.value().apply(record);
            if (value instanceof List<?> lines) {
                if (!lines.isEmpty()) {
                    cell.setCellValue(String.join(
                            "\n", lines.stream().map(String::valueOf).toList()));
                    cell.setCellStyle(styles.wrapped);
                }
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(styles.entryNumber);
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.entryDate);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** The group row: each group's Thai and English name over its columns, merged. */
    private static void groups(Sheet sheet, Map<String, String> thai, Map<String, String> english, SheetStyles styles) {
        Row row = sheet.createRow(GROUP_ROW);
        List<EmenscrColumns.Column> columns = EmenscrColumns.ALL;
        int start = 0;
        for (int c = 1; c <= columns.size(); c++) {
            if (c == columns.size()
                    || !columns.get(c).group().equals(columns.get(start).group())) {
                String group = "group." + columns.get(start).group();
                Cell cell = row.createCell(start);
                cell.setCellValue(thai.get(group) + " / " + english.get(group));
                cell.setCellStyle(styles.headerTh);
                if (c - 1 > start) {
                    sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, start, c - 1));
                }
                start = c;
            }
        }
    }

    private static int width(EmenscrColumns.Column column) {
        return switch (column.group()) {
            case "alignment", "objectives", "activities" -> 40;
            case "progress" -> 14;
            default -> 20;
        };
    }

    static Map<String, String> words(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "org.phaen.exchange.emenscr.words_" + language, Locale.ROOT, EmenscrSheetWriter.class.getClassLoader());
        Map<String, String> words = new HashMap<>();
        bundle.keySet().forEach(k -> words.put(k, bundle.getString(k)));
        return words;
    }
}
