/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A sheet that starts with two header rows, Thai over English, frozen so they stay in view while scrolling; the
 * data start on the third row. Column A may hold each row's UUID, hidden, so rows can be sorted and edited freely.
 */
public final class HeaderRows {

    public static final int COUNT = 2;

    /** One column's headings and width in characters. */
    public record Heading(String thai, String english, int width) {}

    private HeaderRows() {}

    public static Sheet sheet(Workbook workbook, String name, List<Heading> headings, SheetStyles styles) {
        return sheet(workbook, name, headings, styles, 0);
    }

    /** The same, below {@code above} rows left to the caller (a row naming groups of columns), frozen with them. */
    public static Sheet sheet(Workbook workbook, String name, List<Heading> headings, SheetStyles styles, int above) {
        Sheet sheet = workbook.createSheet(name);
        Row thai = sheet.createRow(above);
        Row english = sheet.createRow(above + 1);
        for (int c = 0; c < headings.size(); c++) {
            Heading heading = headings.get(c);
            Cell th = thai.createCell(c);
            th.setCellValue(heading.thai());
            th.setCellStyle(styles.headerTh);
            Cell en = english.createCell(c);
            en.setCellValue(heading.english());
            en.setCellStyle(styles.headerEn);
            sheet.setColumnWidth(c, Math.min(255, heading.width()) * 256);
        }
        sheet.createFreezePane(0, above + COUNT);
        return sheet;
    }
}
