/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.store.ImportResult;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;

/**
 * Values a filled workbook holds that used to be stored wrong without a word: formulas never calculated, numbers
 * written the European way or with stray commas, dates as serials or B.E. years, a copied column, a forged version.
 * Each is refused by its cell, or read as what the person meant; what is read lands in a real Derby store.
 */
class WorkbookValuesTest {

    @TempDir
    Path dir;

    private ResourceSet plans;
    private MonitoringPlan monitoring;
    private EvaluationInstrument kpi;
    private EvaluationInstrument visit;

    @BeforeEach
    void generateInstruments() throws Exception {
        SamplePlan sample = SamplePlan.load();
        plans = sample.plans();
        monitoring = sample.monitoring();
        kpi = sample.generate(InstrumentScope.actionPlan(sample.actionPlan()), InstrumentKind.KPI_COLLECTION);
        visit = sample.generate(InstrumentScope.actionPlan(sample.actionPlan()), InstrumentKind.SITE_VISIT);
    }

    /** A KPI workbook with rows 4.. each of another agency, and {@code figures[i]} typed in the first indicator's cell. */
    private EntryWorkbook kpiRows(String name, String... figures) throws Exception {
        EntryWorkbook wb = new EntryWorkbook(kpi, dir.resolve(name));
        for (int i = 0; i < figures.length; i++) {
            wb.cell(4 + i, wb.column("agency"::equals))
                    .setCellValue(wb.label(
                            "AGENCY", i % monitoring.getReportingAgencies().size()));
            wb.cell(4 + i, wb.column("period"::equals)).setCellValue(wb.label("PERIOD", 1));
            if (figures[i] != null) {
                wb.cell(4 + i, firstIndicator(wb)).setCellValue(figures[i]);
            }
        }
        return wb;
    }

    private static int firstIndicator(EntryWorkbook wb) {
        return wb.column(k -> k.startsWith("indicator:") && !k.endsWith(":evidence"));
    }

    private List<String> refusals(Path file) {
        return assertThrows(
                        RowsRejected.class,
                        () -> CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES))
                .problems();
    }

    private static String letter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    @Test
    void aFormulaWithNoSavedResultIsRefusedByItsCellAndOneWithAResultIsRead() throws Exception {
        Path file;
        String cell;
        try (EntryWorkbook wb = kpiRows("formula.xlsx", (String) null)) {
            cell = letter(firstIndicator(wb)) + "4";
            wb.cell(4, firstIndicator(wb)).setCellFormula("40+2"); // as a tool writes it that never calculates
            file = wb.save();
        }
        List<String> problems = refusals(file);
        assertEquals(
                List.of(
                        "row 4: cell " + cell + " of sheet \"บันทึกข้อมูล\": the formula =40+2 has no saved result;"
                                + " open and save the workbook in Excel or LibreOffice Calc so its result is stored, or type the value"),
                problems);

        try (EntryWorkbook wb = kpiRows("calculated.xlsx", (String) null)) {
            wb.cell(4, firstIndicator(wb)).setCellFormula("40+2");
            wb.workbook
                    .getCreationHelper()
                    .createFormulaEvaluator()
                    .evaluateFormulaCell(wb.cell(4, firstIndicator(wb)));
            file = wb.save();
        }
        ImportBatch batch = CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES);
        assertEquals(new BigDecimal("42"), batch.measurements().get(0).value(), "the saved result is what was meant");
    }

    @Test
    void onlyWellFormedNumbersAreReadAndTheRestAreRefusedByCell() throws Exception {
        List<String> malformed = List.of("1.234,5", "12,34", "๑๒,๓๔", "1,2,3,4", "1,234,5", "1.2.3", "12 34");
        Path file;
        String column;
        try (EntryWorkbook wb = kpiRows("malformed.xlsx", malformed.toArray(String[]::new))) {
            column = letter(firstIndicator(wb));
            file = wb.save();
        }
        List<String> problems = refusals(file);
        assertEquals(malformed.size(), problems.size(), problems.toString());
        for (int i = 0; i < malformed.size(); i++) {
            String expected = "row " + (4 + i) + " cell " + column + (4 + i) + ": \"" + malformed.get(i) + "\" in ";
            assertTrue(
                    problems.get(i).startsWith(expected) && problems.get(i).contains("is not a well-formed number"),
                    expected + " ... in " + problems.get(i));
        }

        try (EntryWorkbook wb = kpiRows("wellformed.xlsx", "1,234.5", "๑,๒๓๔,๕๖๗", "-0.25", "85.5 %", "๑๒.๕")) {
            file = wb.save();
        }
        ImportBatch batch = CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES);
        assertEquals(
                List.of(
                        new BigDecimal("1234.5"),
                        new BigDecimal("1234567"),
                        new BigDecimal("-0.25"),
                        new BigDecimal("85.5"),
                        new BigDecimal("12.5")),
                batch.measurements().stream().map(m -> m.value()).toList());
        try (MonitoringStore store = MonitoringStore.embedded(dir.resolve("store"))) {
            assertEquals(
                    ImportResult.Outcome.IMPORTED,
                    store.importBatch(batch, KnownElements.of(monitoring)).outcome());
            assertEquals(
                    List.of("-0.25", "12.5", "85.5", "1234.5", "1234567"),
                    answers(store, "SELECT measured_value FROM measurement").stream()
                            .map(v -> new BigDecimal(v).stripTrailingZeros())
                            .sorted()
                            .map(BigDecimal::toPlainString)
                            .toList());
        }
    }

    @Test
    void datesAreReadAsDatesAndABuddhistEraYearInADateCellIsRefusedWithAHint() throws Exception {
        Path file;
        int column;
        try (EntryWorkbook wb = new EntryWorkbook(visit, dir.resolve("visit.xlsx"))) {
            column = wb.column("visit:date"::equals);
            wb.cell(4, column).setCellValue(LocalDate.of(2019, 3, 15)); // typed 15/3/2019 into the date cell
            wb.cell(4, column).setCellStyle(wb.sheet.getColumnStyle(column));
            wb.cell(5, column).setCellValue(43539); // the same day as a bare serial, the format lost
            wb.cell(6, column).setCellValue("15/3/2562"); // typed as text, B.E.
            wb.cell(7, column).setCellValue("๑๖/๓/๒๕๖๒"); // in Thai digits
            wb.cell(8, column).setCellValue("2019-03-17");
            file = wb.save();
        }
        ImportBatch batch = CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES);
        String item = visit.getItems().stream()
                .filter(i -> "visit:date".equals(i.getGeneratorKey()))
                .findFirst()
                .orElseThrow()
                .getUuid();
        assertEquals(
                List.of("2019-03-15", "2019-03-15", "2019-03-15", "2019-03-16", "2019-03-17"),
                batch.responses().stream().map(r -> r.answers().get(item)).toList());
        try (MonitoringStore store = MonitoringStore.embedded(dir.resolve("store"))) {
            store.importBatch(batch, KnownElements.of(monitoring));
            assertEquals(
                    List.of("2019-03-15", "2019-03-15", "2019-03-15", "2019-03-16", "2019-03-17"),
                    answers(
                            store,
                            "SELECT answer FROM response_answer WHERE item_uuid = '" + item
                                    + "' ORDER BY response_id"));
        }

        try (EntryWorkbook wb = new EntryWorkbook(visit, dir.resolve("be.xlsx"))) {
            wb.cell(4, column).setCellValue(LocalDate.of(2562, 3, 15)); // 15/3/2562 typed into a C.E. date cell
            wb.cell(4, column).setCellStyle(wb.sheet.getColumnStyle(column));
            wb.cell(5, column).setCellValue("31/2/2562");
            wb.cell(6, column).setCellValue("2562-03-15");
            file = wb.save();
        }
        List<String> problems = refusals(file);
        String at = letter(column);
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(
                "row 4: cell " + at
                        + "4 of sheet \"บันทึกข้อมูล\": the year 2562 is a B.E. year in a date that counts years"
                        + " C.E.: type 15/3/2019 (a date cell shows it in B.E.) or the text 15/3/2562",
                problems.get(0));
        assertTrue(
                problems.get(1).startsWith("row 5 cell " + at + "5: \"31/2/2562\" in ")
                        && problems.get(1).contains("is not a date"),
                problems.get(1));
        assertTrue(
                problems.get(2).startsWith("row 6 cell " + at + "6: \"2562-03-15\" in ")
                        && problems.get(2).contains("type 15/3/2019"),
                problems.get(2));
    }

    @Test
    void twoColumnsCarryingOneItemRefuseTheWorkbookNamingBoth() throws Exception {
        Path file;
        int first;
        int copy;
        try (EntryWorkbook wb = kpiRows("copied.xlsx", "5")) {
            first = firstIndicator(wb);
            copy = wb.column("period"::equals);
            wb.cell(1, copy).setCellValue(wb.cell(1, first).getStringCellValue());
            file = wb.save();
        }
        ImportException e = assertThrows(
                ImportException.class, () -> CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES));
        String message = e.getMessage();
        assertTrue(
                message.contains("columns " + letter(Math.min(first, copy)) + " (\"")
                        && message.contains(" and " + letter(Math.max(first, copy)) + " (\"")
                        && message.contains("carry the same item"),
                message);
    }

    @Test
    void aVersionThePlanNeverHadIsRefused() throws Exception {
        for (int version : new int[] {99, 0, kpi.getVersion() + 1}) {
            Path file;
            try (EntryWorkbook wb = kpiRows("v" + version + ".xlsx", "5")) {
                wb.cell(2, 0).setCellValue(version);
                file = wb.save();
            }
            ImportException e = assertThrows(
                    ImportException.class,
                    () -> CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES));
            assertTrue(
                    e.getMessage()
                            .contains("says it is version " + version + " of instrument " + kpi.getCode()
                                    + ", a version the plan never had (versions 1 to " + kpi.getVersion() + ")"),
                    e.getMessage());
        }
    }

    private static List<String> answers(MonitoringStore store, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = store.connection();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
