/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xlsx;

import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.documents.xlsx.SheetStyles;
import org.phaen.instruments.FormTexts;
import org.phaen.instruments.xform.FormOutline;
import org.phaen.instruments.xform.FormOutline.Block;
import org.phaen.instruments.xform.FormOutline.Question;
import org.phaen.instruments.xform.ItemControl;
import org.phaen.instruments.xform.XmlText;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;

/**
 * The entry sheet. Wide (a column per item, a row per submission) because agency and period are items of a KPI
 * collection or progress report: each row is then one agency × period with its indicator values, the shape
 * pivot tables, filters and a row-per-submission import (like ODK's CSV export) expect.
 * <ul>
 * <li>row 1 (hidden): item uuids above their columns; A1 the instrument uuid</li>
 * <li>row 2 and 3: Thai label over English label, frozen; A2 the instrument version, A3 its code</li>
 * <li>column A (hidden): the ID column; data from row 4 on</li>
 * </ul>
 * Notes are not columns: nothing can be entered for them. Protection locks rows 1–3 and column A; the entry
 * columns' default style is unlocked, so any row below the header can be typed into.
 */
final class EntrySheet {

    static final String NAME = FormTexts.ENTRY_SHEET;
    static final int ID_ROW = 0, TH_ROW = 1, EN_ROW = 2, FIRST_ENTRY_ROW = 3;
    static final int ID_COLUMN = 0;

    private final XSSFSheet sheet;
    private final SheetStyles styles;
    private final UnaryOperator<String> thai;

    EntrySheet(XSSFWorkbook workbook, SheetStyles styles, UnaryOperator<String> thai) {
        this.sheet = workbook.createSheet(NAME);
        this.styles = styles;
        this.thai = thai;
    }

    void write(EvaluationInstrument instrument, FormOutline outline, ChoiceLists lists) {
        Row ids = sheet.createRow(ID_ROW);
        Row th = sheet.createRow(TH_ROW);
        Row en = sheet.createRow(EN_ROW);
        ids.setZeroHeight(true);
        id(ids, ID_COLUMN, XmlText.clean(instrument.getUuid()));
        th.createCell(ID_COLUMN).setCellValue(instrument.getVersion());
        th.getCell(ID_COLUMN).setCellStyle(styles.id);
        id(en, ID_COLUMN, XmlText.clean(instrument.getCode()));
        sheet.setColumnHidden(ID_COLUMN, true);
        EntryValidation validation = new EntryValidation(sheet, lists, thai);
        int column = ID_COLUMN;
        for (Block block : outline.blocks()) {
            for (Question question : block.questions()) {
                if (question.control() == ItemControl.NOTE) {
                    continue;
                }
                column++;
                InstrumentItem item = question.item();
                String thLabel = XmlText.firstOf(item.getName(), item.getNameEn(), item.getCode(), question.name());
                id(ids, column, XmlText.clean(item.getUuid()));
                header(th, column, thai.apply(thLabel), styles.headerTh);
                header(en, column, XmlText.firstOf(item.getNameEn(), thLabel), styles.headerEn);
                sheet.setDefaultColumnStyle(
                        column, question.control() == ItemControl.DATE ? styles.entryDate : styles.entry);
                sheet.setColumnWidth(column, 24 * 256);
                validation.add(question, column);
            }
        }
        // Room for three lines of Thai (16 pt with its tall vowels and tone marks) and two of English.
        th.setHeightInPoints(3 * 24);
        en.setHeightInPoints(2 * 24);
        sheet.createFreezePane(ID_COLUMN + 1, FIRST_ENTRY_ROW);
        sheet.enableLocking();
        // Resizing columns and rows stays allowed; only the content of locked cells is protected.
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private void id(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(styles.id);
    }

    private static void header(Row row, int column, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        row.createCell(column).setCellValue(text);
        row.getCell(column).setCellStyle(style);
    }
}
