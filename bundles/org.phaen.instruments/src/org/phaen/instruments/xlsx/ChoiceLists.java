/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xlsx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.instruments.xform.Choice;

/**
 * The choice lists on a very hidden, protected sheet: per list two columns, the Thai labels people pick from
 * and the stored values (the XForm's values) beside them, so an importer turns a picked label back into the value.
 * A range, not an inline list, because Excel caps inline lists at 255 characters, which five Thai labels can pass.
 * Each list is a workbook name equal to the XForm's list name, e.g. {@code choices_1}.
 */
final class ChoiceLists {

    static final String SHEET = "_lists";

    private final XSSFWorkbook workbook;
    private final UnaryOperator<String> thai;
    private final Map<String, String> written = new HashMap<>();
    private XSSFSheet sheet;

    ChoiceLists(XSSFWorkbook workbook, UnaryOperator<String> thai) {
        this.workbook = workbook;
        this.thai = thai;
    }

    /** The name of the range holding {@code choices}' labels, writing the list the first time it is asked for. */
    String rangeName(String listName, List<Choice> choices) {
        return written.computeIfAbsent(listName, n -> write(n, choices));
    }

    private String write(String listName, List<Choice> choices) {
        if (sheet == null) {
            sheet = workbook.createSheet(SHEET);
            workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
            sheet.enableLocking();
        }
        int column = written.size() * 2;
        cell(0, column, listName);
        cell(0, column + 1, "value");
        for (int i = 0; i < choices.size(); i++) {
            cell(i + 1, column, thai.apply(choices.get(i).labelTh()));
            cell(i + 1, column + 1, choices.get(i).value());
        }
        Name name = workbook.createName();
        name.setNameName(listName);
        name.setRefersToFormula(new AreaReference(
                        new CellReference(SHEET, 1, column, true, true),
                        new CellReference(SHEET, choices.size(), column, true, true),
                        workbook.getSpreadsheetVersion())
                .formatAsString());
        return listName;
    }

    private void cell(int rowIndex, int column, String value) {
        Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
        row.createCell(column).setCellValue(value);
    }
}
