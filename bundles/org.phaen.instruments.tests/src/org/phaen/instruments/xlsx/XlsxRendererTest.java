/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xlsx;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.TestInstruments;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentItem;
import org.phaen.model.ItemKind;

/** The data-entry workbook for every item kind, read back with POI's XSSF reader. */
class XlsxRendererTest {

    private EvaluationInstrument instrument;
    private XSSFWorkbook workbook;
    private XSSFSheet sheet;
    /** The items that get a column: all but the note, in order. */
    private List<InstrumentItem> columns;

    @BeforeEach
    void render() throws IOException {
        instrument = TestInstruments.everyItemKind();
        workbook = read(instrument, false);
        sheet = workbook.getSheet(EntrySheet.NAME);
        columns = new ArrayList<>(instrument.getItems());
        columns.removeIf(i -> i.getItemKind() == ItemKind.NOTE);
    }

    @AfterEach
    void close() throws IOException {
        workbook.close();
    }

    static XSSFWorkbook read(EvaluationInstrument instrument, boolean thaiNumerals) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer().render(instrument, new RenderOptions(thaiNumerals, LocalDate.of(2019, 5, 1)), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void registeredAsXlsx() {
        assertEquals("xlsx", new XlsxRenderer().fileExtension());
        assertInstanceOf(XlsxRenderer.class, Renderers.available().get("xlsx"));
    }

    @Test
    void entrySheetFirstAndListsVeryHidden() {
        assertEquals(EntrySheet.NAME, workbook.getSheetAt(0).getSheetName());
        assertEquals(SheetVisibility.VISIBLE, workbook.getSheetVisibility(0));
        int lists = workbook.getSheetIndex(ChoiceLists.SHEET);
        assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(lists));
        assertEquals(2, workbook.getNumberOfSheets());
    }

    @Test
    void headerThaiOverEnglishOneColumnPerAnswerableItem() {
        XSSFRow th = sheet.getRow(EntrySheet.TH_ROW);
        XSSFRow en = sheet.getRow(EntrySheet.EN_ROW);
        assertEquals(columns.size() + 1, th.getLastCellNum());
        for (int i = 0; i < columns.size(); i++) {
            assertEquals(columns.get(i).getName(), th.getCell(i + 1).getStringCellValue());
            assertEquals(columns.get(i).getNameEn(), en.getCell(i + 1).getStringCellValue());
            assertTrue(th.getCell(i + 1).getCellStyle().getFont().getBold());
        }
        assertEquals(EntrySheet.FIRST_ENTRY_ROW, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals("TH Sarabun New", workbook.getFontAt(0).getFontName());
        assertEquals(16, workbook.getFontAt(0).getFontHeightInPoints());
    }

    @Test
    void hiddenIdsNameInstrumentAndItems() {
        XSSFRow ids = sheet.getRow(EntrySheet.ID_ROW);
        assertTrue(ids.getZeroHeight());
        assertTrue(sheet.isColumnHidden(EntrySheet.ID_COLUMN));
        assertEquals(instrument.getUuid(), ids.getCell(0).getStringCellValue());
        assertEquals(3, sheet.getRow(EntrySheet.TH_ROW).getCell(0).getNumericCellValue());
        assertEquals(
                instrument.getCode(), sheet.getRow(EntrySheet.EN_ROW).getCell(0).getStringCellValue());
        for (int i = 0; i < columns.size(); i++) {
            assertEquals(columns.get(i).getUuid(), ids.getCell(i + 1).getStringCellValue());
        }
        assertEquals(
                instrument.getUuid(),
                workbook.getProperties().getCoreProperties().getIdentifier());
    }

    @Test
    void protectionLocksHeaderAndIdsButNotEntryColumns() {
        assertTrue(sheet.getProtect());
        for (int row = EntrySheet.ID_ROW; row < EntrySheet.FIRST_ENTRY_ROW; row++) {
            for (int c = 0; c <= columns.size(); c++) {
                assertTrue(sheet.getRow(row).getCell(c).getCellStyle().getLocked(), row + ":" + c);
            }
        }
        for (int c = 1; c <= columns.size(); c++) {
            assertFalse(sheet.getColumnStyle(c).getLocked(), "column " + c);
        }
        // A cell typed into later takes the column's style: unlocked, so protection lets it be edited.
        assertNull(sheet.getRow(EntrySheet.FIRST_ENTRY_ROW));
    }

    @Test
    void choiceColumnsDropDownThaiLabelsFromHiddenLists() {
        assertEquals(List.of("มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"), listFor(kind(ItemKind.RATING)));
        assertEquals(List.of("มากที่สุด", "มาก", "ปานกลาง", "น้อย", "น้อยที่สุด"), listFor(kind(ItemKind.SELECT_ONE)));
        assertEquals(List.of("ใช่", "ไม่ใช่"), listFor(kind(ItemKind.YES_NO)));
        // Stored values sit beside the labels, the same values the XForm stores.
        XSSFName name = workbook.getName(
                validation(kind(ItemKind.YES_NO)).getValidationConstraint().getFormula1());
        AreaReference area = new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion());
        XSSFSheet lists = workbook.getSheet(ChoiceLists.SHEET);
        int valueColumn = area.getFirstCell().getCol() + 1;
        assertEquals("yes", lists.getRow(1).getCell(valueColumn).getStringCellValue());
        assertEquals("no", lists.getRow(2).getCell(valueColumn).getStringCellValue());
        assertTrue(validation(kind(ItemKind.YES_NO)).getShowErrorBox());
    }

    @Test
    void numbersAndDatesValidated() {
        assertEquals(
                ValidationType.INTEGER,
                validation(kind(ItemKind.NUMBER)).getValidationConstraint().getValidationType());
        assertEquals(
                ValidationType.DECIMAL,
                validation(kind(ItemKind.DECIMAL)).getValidationConstraint().getValidationType());
        assertEquals(
                ValidationType.DATE,
                validation(kind(ItemKind.DATE)).getValidationConstraint().getValidationType());
        assertEquals(
                "[$-107041E]d/m/yyyy;@",
                sheet.getColumnStyle(kind(ItemKind.DATE)).getDataFormatString(),
                "B.E. display");
        assertTrue(validation(kind(ItemKind.DATE)).getPromptBoxText().contains("ปี ค.ศ."), "says how to type the year");
        DataValidation decimal = validation(kind(ItemKind.DECIMAL));
        // A percent is 0 to 100, a count 0 or more (it was -1E15..1E15), and the error box says so.
        assertEquals(
                List.of("0", "100"),
                List.of(
                        decimal.getValidationConstraint().getFormula1(),
                        decimal.getValidationConstraint().getFormula2()));
        assertEquals(
                "0", validation(kind(ItemKind.NUMBER)).getValidationConstraint().getFormula1());
        assertTrue(decimal.getErrorBoxText().contains("กรอกตัวเลขตั้งแต่ 0 ถึง 100"), decimal.getErrorBoxText());
        assertTrue(decimal.getShowPromptBox());
        assertEquals("ค่าเป้าหมาย ร้อยละ 85", decimal.getPromptBoxText());
        // Free text has no validation at all; multiple choice only a prompt listing the choices.
        assertNull(validationOrNull(kind(ItemKind.TEXT)));
        assertTrue(validation(kind(ItemKind.SELECT_MULTIPLE)).getPromptBoxText().contains("ปานกลาง"));
    }

    @Test
    void validationsCoverEveryEntryRowOnly() {
        CellRangeAddress range = validation(kind(ItemKind.NUMBER)).getRegions().getCellRangeAddress(0);
        assertEquals(EntrySheet.FIRST_ENTRY_ROW, range.getFirstRow());
        assertEquals(workbook.getSpreadsheetVersion().getLastRowIndex(), range.getLastRow());
    }

    @Test
    void thaiNumeralsInThaiTextsOnly() throws IOException {
        try (XSSFWorkbook thai = read(instrument, true)) {
            XSSFSheet s = thai.getSheet(EntrySheet.NAME);
            DataValidation decimal = null;
            for (DataValidation v : s.getDataValidations()) {
                if (v.getRegions().getCellRangeAddress(0).getFirstColumn() == kind(ItemKind.DECIMAL)) {
                    decimal = v;
                }
            }
            assertEquals("ค่าเป้าหมาย ร้อยละ ๘๕", decimal.getPromptBoxText());
            assertEquals(
                    instrument.getUuid(), s.getRow(EntrySheet.ID_ROW).getCell(0).getStringCellValue());
            assertEquals(3, s.getRow(EntrySheet.TH_ROW).getCell(0).getNumericCellValue());
        }
    }

    /** What an importer does: a typed row read back by item uuid, picked labels turned into stored values. */
    @Test
    void filledRowReadsBackByUuid() {
        XSSFRow typed = sheet.createRow(EntrySheet.FIRST_ENTRY_ROW);
        typed.createCell(kind(ItemKind.RATING)).setCellValue("มาก");
        typed.createCell(kind(ItemKind.NUMBER)).setCellValue(42);
        typed.createCell(kind(ItemKind.YES_NO)).setCellValue("ไม่ใช่");
        XSSFRow ids = sheet.getRow(EntrySheet.ID_ROW);
        java.util.Map<String, String> answers = new java.util.HashMap<>();
        for (int c = 1; c < ids.getLastCellNum(); c++) {
            var cell = typed.getCell(c);
            if (cell == null) {
                continue;
            }
            DataValidation v = validationOrNull(c);
            String text = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? Long.toString((long) cell.getNumericCellValue())
                    : cell.getStringCellValue();
            if (v != null && v.getValidationConstraint().getValidationType() == ValidationType.LIST) {
                AreaReference area = new AreaReference(
                        workbook.getName(v.getValidationConstraint().getFormula1())
                                .getRefersToFormula(),
                        workbook.getSpreadsheetVersion());
                XSSFSheet lists = workbook.getSheet(ChoiceLists.SHEET);
                for (CellReference ref : area.getAllReferencedCells()) {
                    if (lists.getRow(ref.getRow())
                            .getCell(ref.getCol())
                            .getStringCellValue()
                            .equals(text)) {
                        text = lists.getRow(ref.getRow())
                                .getCell(ref.getCol() + 1)
                                .getStringCellValue();
                    }
                }
            }
            answers.put(ids.getCell(c).getStringCellValue(), text);
        }
        assertEquals(
                java.util.Map.of(
                        instrument.getItems().get(2).getUuid(),
                        "4",
                        instrument.getItems().get(4).getUuid(),
                        "42",
                        instrument.getItems().get(6).getUuid(),
                        "no"),
                answers);
    }

    /** The column of the first item of {@code kind}. */
    private int kind(ItemKind kind) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getItemKind() == kind) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + kind);
    }

    private List<String> listFor(int column) {
        DataValidation validation = validation(column);
        assertEquals(ValidationType.LIST, validation.getValidationConstraint().getValidationType());
        XSSFName name = workbook.getName(validation.getValidationConstraint().getFormula1());
        assertNotNull(name, validation.getValidationConstraint().getFormula1());
        AreaReference area = new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion());
        List<String> labels = new ArrayList<>();
        for (CellReference cell : area.getAllReferencedCells()) {
            labels.add(workbook.getSheet(cell.getSheetName())
                    .getRow(cell.getRow())
                    .getCell(cell.getCol())
                    .getStringCellValue());
        }
        return labels;
    }

    private DataValidation validation(int column) {
        DataValidation validation = validationOrNull(column);
        assertNotNull(validation, "no validation on column " + column);
        return validation;
    }

    private DataValidation validationOrNull(int column) {
        for (DataValidation v : sheet.getDataValidations()) {
            CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
            if (range.getFirstColumn() == column && range.getLastColumn() == column) {
                return v;
            }
        }
        return null;
    }
}
