/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.documents.xlsx.GuardedOpen;
import org.phaen.documents.xlsx.TypedText;
import org.phaen.instruments.FormTexts;
import org.phaen.model.resource.ArchiveRefusals;

/**
 * Reads a filled data-entry workbook written by Phaen's XLSX renderer: the entry sheet's hidden first row holds
 * the instrument's uuid (A1) and each column's item uuid, A2 the instrument version; data start on row 4, one
 * submission per row. Anything else is refused with a message before a cell is read, and so is a workbook with
 * two columns for one item (one of them would be dropped).
 */
final class WorkbookReader implements AutoCloseable {

    static final String ENTRY_SHEET = FormTexts.ENTRY_SHEET;
    private static final int HEADER_ROW = 1;
    private static final int FIRST_ENTRY_ROW = 3;

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final String name;
    private final List<String> columns = new ArrayList<>();

    private WorkbookReader(XSSFWorkbook workbook, Sheet sheet, String name) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.name = name;
    }

    /** The workbook's entry sheet, its identity and columns checked. */
    static WorkbookReader open(byte[] bytes, String name) throws ImportException {
        XSSFWorkbook workbook;
        try {
            workbook = GuardedOpen.workbook(new ByteArrayInputStream(bytes)); // zip bombs refused while read
        } catch (IOException | RuntimeException e) {
            // POI reports zip bombs, truncated and non-zip files this way.
            throw new ImportException(ArchiveRefusals.describe(name, "an XLSX workbook", e), e);
        }
        WorkbookReader reader = new WorkbookReader(workbook, workbook.getSheet(ENTRY_SHEET), name);
        try {
            reader.readColumns();
            return reader;
        } catch (ImportException | RuntimeException e) {
            reader.close();
            throw e instanceof ImportException ie
                    ? ie
                    : new ImportException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void readColumns() throws ImportException {
        Row ids = sheet == null ? null : sheet.getRow(0);
        if (ids == null || CellText.plain(ids.getCell(0)).isEmpty()) {
            throw new ImportException(name + " is not a Phaen data-entry workbook (no sheet \"" + ENTRY_SHEET
                    + "\" with the instrument's id); fill in the workbook 'phaen instruments --formats xlsx' wrote");
        }
        Map<String, Integer> firstColumn = new HashMap<>();
        for (int c = 1; c < ids.getLastCellNum(); c++) {
            String uuid = CellText.plain(ids.getCell(c));
            Integer first = uuid.isEmpty() ? null : firstColumn.putIfAbsent(uuid, c);
            if (first != null) {
                throw new ImportException(name + ": columns " + column(first) + " and " + column(c) + " of sheet \""
                        + ENTRY_SHEET + "\" carry the same item (" + uuid
                        + "), so one would be dropped; delete the copied column");
            }
            columns.add(uuid);
        }
    }

    /** A column by its letter and heading, the heading in quotes, e.g. C and จำนวนนักเรียน. */
    private String column(int c) {
        Row headings = sheet.getRow(HEADER_ROW);
        String heading = headings == null ? "" : CellText.plain(headings.getCell(c));
        return CellReference.convertNumToColString(c) + (heading.isEmpty() ? "" : " (\"" + heading + "\")");
    }

    String instrumentUuid() {
        return CellText.plain(sheet.getRow(0).getCell(0));
    }

    /** The instrument version A2 holds, or 0 when it holds none. */
    int version() {
        Row row = sheet.getRow(1);
        BigDecimal version = TypedText.number(CellText.plain(row == null ? null : row.getCell(0)));
        try {
            return version == null ? 0 : version.intValueExact();
        } catch (ArithmeticException e) { // 1.5, or beyond any int
            return 0;
        }
    }

    /**
     * One submission per filled row. A cell that cannot be read truly (a formula with no saved result, a B.E. year in
     * a date cell) is a problem of its row; {@code dateItems} are the items whose cells hold dates.
     */
    List<Submission> submissions(Set<String> dateItems, ImportProblems problems) {
        CellText cells = new CellText(ENTRY_SHEET, problems);
        List<Submission> submissions = new ArrayList<>();
        for (int r = FIRST_ENTRY_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String where = "row " + (r + 1);
            Map<String, String> answers = new LinkedHashMap<>();
            Map<String, String> places = new HashMap<>();
            for (int c = 0; row != null && c < columns.size(); c++) {
                String uuid = columns.get(c);
                if (uuid.isEmpty()) {
                    continue;
                }
                String value = cells.read(row.getCell(c + 1), where, dateItems.contains(uuid));
                if (!value.isEmpty()) {
                    answers.put(uuid, value);
                    places.put(uuid, "cell " + new CellReference(r, c + 1).formatAsString(false));
                }
            }
            if (!answers.isEmpty()) {
                submissions.add(new Submission(where, name + "#" + (r + 1), answers, places));
            }
        }
        return submissions;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // read from memory: nothing to release that could fail
        }
    }
}
