/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.documents.xlsx.CellProblem;
import org.phaen.documents.xlsx.CellReading;
import org.phaen.documents.xlsx.HeaderRows;
import org.phaen.model.Identified;
import org.phaen.model.Named;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.Identifiers;

/**
 * Finds the element of each data row: by its UUID (which must be one of this plan's elements of the sheet's kind,
 * named by one row only), or a new one with a new UUID, keyed by the code typed so other rows may refer to it.
 */
final class RowCollector {

    private final Map<String, EObject> byUuid;
    private final List<String> problems;
    private final ElementKeys keys;
    private final Map<String, String> seenUuids = new HashMap<>();

    RowCollector(PlanModel plan, Map<String, EObject> byUuid, List<String> problems) {
        this.byUuid = byUuid;
        this.problems = problems;
        this.keys = new ElementKeys(plan);
    }

    ElementKeys keys() {
        return keys;
    }

    void collect(SheetKind kind, Sheet sheet, Map<String, Integer> columns, List<SheetRow> rows) {
        Integer uuidColumn = columns.get(SheetRow.headerKey(WorkbookWords.ENGLISH.word("column.uuid")));
        if (uuidColumn == null) {
            problems.add("sheet " + kind.thai() + ": no column headed \"" + WorkbookWords.ENGLISH.word("column.uuid")
                    + "\" in row " + HeaderRows.COUNT + "; is this a plan workbook from 'phaen export --workbook'?");
            return;
        }
        for (Row row : sheet) {
            if (row.getRowNum() < HeaderRows.COUNT || blank(row)) {
                continue;
            }
            SheetRow read = element(kind, row, columns, uuidColumn);
            if (read != null) {
                rows.add(read);
            }
        }
    }

    private SheetRow element(SheetKind kind, Row row, Map<String, Integer> columns, int uuidColumn) {
        String where = "sheet " + kind.thai() + ", row " + (row.getRowNum() + 1);
        String uuid;
        try {
            uuid = CellReading.text(row.getCell(uuidColumn)).strip();
        } catch (CellProblem e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
        if (uuid.isEmpty()) {
            EObject created = EcoreUtil.create(kind.type());
            ((Identified) created).setUuid(Identifiers.newUuid());
            if (created instanceof Named named) {
                named.setCode(typedCode(row, columns));
                keys.addNew(named);
            }
            return new SheetRow(kind, row, created, true, columns);
        }
        EObject element = byUuid.get(uuid);
        String earlier = seenUuids.putIfAbsent(uuid, where);
        if (earlier != null) {
            problems.add(where + ": the UUID " + uuid + " is also on " + earlier
                    + "; a copied row must have its UUID cleared to make a new element");
        } else if (element == null) {
            problems.add(
                    where + ": no element of this plan has the UUID " + uuid + " (clear it to make a new element)");
        } else if (element.eClass() != kind.type()) {
            problems.add(where + ": the UUID " + uuid + " is a " + WorkbookWords.ENGLISH.kind(element.eClass())
                    + ", not a " + WorkbookWords.ENGLISH.kind(kind.type()));
        } else {
            return new SheetRow(kind, row, element, false, columns);
        }
        return null;
    }

    private static String typedCode(Row row, Map<String, Integer> columns) {
        Integer column =
                columns.get(SheetRow.headerKey(WorkbookWords.ENGLISH.feature(PhaenPackage.Literals.NAMED__CODE)));
        try {
            String code =
                    column == null ? "" : CellReading.text(row.getCell(column)).strip();
            return code.isEmpty() ? null : code;
        } catch (CellProblem e) {
            return null; // said when the code column itself is read
        }
    }

    /** A row with nothing typed in it (the lookup formulas do not count). */
    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
                continue;
            }
            if (cell.getCellType() != CellType.BLANK
                    && !(cell.getCellType() == CellType.STRING
                            && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }
}
