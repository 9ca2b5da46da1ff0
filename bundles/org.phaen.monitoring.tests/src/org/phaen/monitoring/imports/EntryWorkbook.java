/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.xlsx.XlsxRenderer;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;

/** A data-entry workbook written by the real XLSX renderer and then typed into with POI, cell by cell, as Excel would. */
final class EntryWorkbook implements AutoCloseable {

    final XSSFWorkbook workbook;
    final XSSFSheet sheet;
    private final EvaluationInstrument instrument;
    private final Path file;

    EntryWorkbook(EvaluationInstrument instrument, Path file) throws Exception {
        this.instrument = instrument;
        this.file = file;
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxRenderer().render(instrument, new RenderOptions(false, null), out);
        }
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        sheet = workbook.getSheet(WorkbookReader.ENTRY_SHEET);
    }

    /** The column of the first item whose generator key passes {@code key}. */
    int column(Predicate<String> key) {
        Row ids = sheet.getRow(0);
        for (int c = 1; c < ids.getLastCellNum(); c++) {
            String uuid = ids.getCell(c).getStringCellValue();
            InstrumentItem item = instrument.getItems().stream()
                    .filter(i -> uuid.equals(i.getUuid()))
                    .findFirst()
                    .orElseThrow();
            if (key.test(item.getGeneratorKey())) {
                return c;
            }
        }
        throw new AssertionError("no column for the key asked");
    }

    /** The cell at a sheet row (1-based, as Excel numbers rows) and a column, created when blank. */
    Cell cell(int excelRow, int column) {
        Row row = sheet.getRow(excelRow - 1) != null ? sheet.getRow(excelRow - 1) : sheet.createRow(excelRow - 1);
        return row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
    }

    /** The choice label of a rating scale's level, as the drop-down offers it. */
    String label(String scalePrefix, int level) {
        return instrument.getRatingScales().stream()
                .filter(s -> s.getCode().startsWith(scalePrefix))
                .findFirst()
                .orElseThrow()
                .getLevels()
                .get(level)
                .getLabel();
    }

    /** Saves the typed workbook over the file and returns it. */
    Path save() throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    @Override
    public void close() throws Exception {
        workbook.close();
    }
}
