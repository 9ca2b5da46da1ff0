/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.internal.xlsform;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Appends rows of plain text cells. XLSForm cells are all text (pyxform reads {@code 3} and {@code "3"} alike, but
 * a numeric cell would show as {@code 3.0} in some exports), so nothing here is typed.
 */
final class Sheets {

    private final XSSFSheet sheet;

    Sheets(XSSFSheet sheet) {
        this.sheet = sheet;
    }

    void row(String... values) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && !values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }

    /** Wide enough columns for reading the sheet by eye; pyxform does not care. */
    void fit(int columns) {
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, 30 * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
