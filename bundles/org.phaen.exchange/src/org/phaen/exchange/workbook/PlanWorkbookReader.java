/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.CellReading;
import org.phaen.documents.xlsx.GuardedOpen;
import org.phaen.documents.xlsx.HeaderRows;
import org.phaen.model.Identified;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.ArchiveRefusals;

/**
 * Reads a plan workbook against the plan it was written from (the last plan of its resource set) and says what it
 * asks, without changing anything: a row with a UUID updates that element, a row without one creates an element, a
 * row marked in the delete column removes its element. Every problem is listed; a sheet that is missing is left
 * alone, and so is every element no row names.
 */
public final class PlanWorkbookReader {

    private static final Pattern TARGET_YEAR = Pattern.compile(
            Pattern.quote(SheetRow.headerKey(WorkbookWords.ENGLISH.word("column.target"))) + " (\\d{4})");

    private final LocalDate today;

    public PlanWorkbookReader(LocalDate today) {
        this.today = today;
    }

    /** The workbook, or an IOException saying in one line why not (no such file, no XLSX, a zip bomb). */
    static XSSFWorkbook open(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return GuardedOpen.workbook(in);
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IOException(
                    ArchiveRefusals.describe(xlsx.getFileName().toString(), "a plan workbook (XLSX)", e), e);
        }
    }

    public WorkbookImport read(Path xlsx, PlanModel plan) throws IOException {
        EcoreUtil.resolveAll(plan.eResource().getResourceSet());
        try (XSSFWorkbook workbook = open(xlsx)) {
            return read(workbook, plan);
        } catch (RuntimeException e) { // POI meets a part it cannot make sense of only when a sheet is read
            throw new IOException(
                    ArchiveRefusals.describe(xlsx.getFileName().toString(), "a plan workbook (XLSX)", e), e);
        }
    }

    private WorkbookImport read(XSSFWorkbook workbook, PlanModel plan) {
        List<String> problems = new ArrayList<>();
        Map<String, EObject> byUuid = new HashMap<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof Identified identified && identified.getUuid() != null) {
                byUuid.put(identified.getUuid(), o);
            }
        });
        SortedSet<Integer> years = PlanYears.of(plan);
        List<SheetRow> rows = new ArrayList<>();
        List<SheetKind> kinds = PlanSheets.all(years);
        for (SheetKind kind : kinds) {
            Sheet sheet = workbook.getSheet(kind.thai());
            if (sheet != null) {
                years.addAll(targetYears(sheet));
            }
        }
        kinds = PlanSheets.all(years);
        RowCollector collector = new RowCollector(plan, byUuid, problems);
        for (SheetKind kind : kinds) {
            Sheet sheet = workbook.getSheet(kind.thai());
            if (sheet != null) {
                collector.collect(kind, sheet, headers(sheet), rows);
            }
        }
        if (!problems.isEmpty()) {
            return new WorkbookImport(List.of(), problems, 0, 0);
        }
        return new RowEdits(plan, new WorkbookIn(collector.keys(), today), problems).edits(rows);
    }

    private static Map<String, Integer> headers(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        Row english = sheet.getRow(HeaderRows.COUNT - 1);
        if (english != null) {
            for (var cell : english) {
                try {
                    columns.putIfAbsent(SheetRow.headerKey(CellReading.text(cell)), cell.getColumnIndex());
                } catch (CellProblem e) {
                    // a header that is a broken formula names no column
                }
            }
        }
        return columns;
    }

    private static List<Integer> targetYears(Sheet sheet) {
        List<Integer> years = new ArrayList<>();
        for (String header : headers(sheet).keySet()) {
            Matcher m = TARGET_YEAR.matcher(header);
            if (m.matches()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        return years;
    }
}
