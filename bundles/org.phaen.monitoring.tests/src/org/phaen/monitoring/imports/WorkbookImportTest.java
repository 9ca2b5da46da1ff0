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

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.instruments.xlsx.XlsxRenderer;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.store.ImportResult;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;

/** Workbooks written by the real XLSX renderer, typed into as a user would, read back into store rows. */
class WorkbookImportTest {

    @TempDir
    Path dir;

    private ResourceSet plans;
    private MonitoringPlan monitoring;
    private EvaluationInstrument kpi;

    @BeforeEach
    void generateInstruments() throws Exception {
        SamplePlan sample = SamplePlan.load();
        plans = sample.plans();
        monitoring = sample.monitoring();
        kpi = sample.generate(InstrumentScope.actionPlan(sample.actionPlan()), InstrumentKind.KPI_COLLECTION);
    }

    private Path workbook(String name, String agency, String period, String... values) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxRenderer().render(kpi, new RenderOptions(false, null), out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheet(WorkbookReader.ENTRY_SHEET);
            Row ids = sheet.getRow(0);
            Row row = sheet.createRow(3);
            int v = 0;
            for (int c = 1; c < ids.getLastCellNum(); c++) {
                InstrumentItem item = item(ids.getCell(c).getStringCellValue());
                String key = item.getGeneratorKey();
                if (key.equals("agency")) {
                    row.createCell(c).setCellValue(agency);
                } else if (key.equals("period")) {
                    row.createCell(c).setCellValue(period);
                } else if (key.startsWith("indicator:") && !key.endsWith(":evidence") && v < values.length) {
                    row.createCell(c).setCellValue(values[v++]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private InstrumentItem item(String uuid) {
        return kpi.getItems().stream()
                .filter(i -> uuid.equals(i.getUuid()))
                .findFirst()
                .orElseThrow();
    }

    private String agencyLabel() {
        return kpi.getRatingScales().stream()
                .filter(s -> s.getCode().startsWith("AGENCY"))
                .findFirst()
                .orElseThrow()
                .getLevels()
                .get(0)
                .getLabel();
    }

    private String periodLabel() {
        return kpi.getRatingScales().stream()
                .filter(s -> s.getCode().startsWith("PERIOD"))
                .findFirst()
                .orElseThrow()
                .getLevels()
                .get(1)
                .getLabel();
    }

    @Test
    void aFilledKpiRowBecomesMeasurementsOfTheChosenAgencyAndPeriod() throws Exception {
        Path file = workbook("kpi.xlsx", agencyLabel(), periodLabel(), "๘๕.๕", "1,234");
        ImportBatch batch = CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES);
        List<Indicator> indicators = kpi.getItems().stream()
                .filter(i -> i.getGeneratorKey().startsWith("indicator:")
                        && !i.getGeneratorKey().endsWith(":evidence"))
                .map(InstrumentItem::getIndicator)
                .toList();
        assertEquals(2, batch.measurements().size(), "blank cells are not reported, not zero");
        Measurement first = batch.measurements().get(0);
        assertEquals(indicators.get(0).getUuid(), first.indicator());
        assertEquals(new BigDecimal("85.5"), first.value(), "Thai digits read exactly");
        assertEquals(new BigDecimal("1234"), batch.measurements().get(1).value());
        assertEquals(monitoring.getReportingAgencies().get(0).getUuid(), first.agency());
        assertEquals(monitoring.getReportingPeriods().get(1).getUuid(), first.period());
        assertEquals(1, batch.responses().size());
        try (MonitoringStore store = MonitoringStore.embedded(dir.resolve("store"))) {
            KnownElements known = KnownElements.of(monitoring);
            assertEquals(
                    ImportResult.Outcome.IMPORTED,
                    store.importBatch(batch, known).outcome());
            assertEquals(
                    ImportResult.Outcome.ALREADY_IMPORTED,
                    store.importBatch(CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES), known)
                            .outcome());
            assertEquals(2, store.queries().count("measurement"));
        }
    }

    @Test
    void badValuesAreListedRowByRowAndNothingIsRead() throws Exception {
        Path file = workbook("bad.xlsx", "ไม่มีหน่วยงานนี้", periodLabel(), "abc");
        RowsRejected rejected = assertThrows(
                RowsRejected.class, () -> CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES));
        String all = String.join("\n", rejected.problems());
        assertTrue(all.matches("(?s).*row 4 cell [A-Z]+4: \"ไม่มีหน่วยงานนี้\" is not one of the choices.*"), all);
        assertTrue(all.matches("(?s).*row 4 cell [A-Z]+4: \"abc\" in .*"), all);
    }

    @Test
    void brokenOversizedAndForeignFilesAreRefusedClearly() throws Exception {
        Path notZip = Files.writeString(dir.resolve("not.xlsx"), "hello");
        assertTrue(assertThrows(ImportException.class, () -> CollectedFiles.workbook(notZip, plans, 1000))
                .getMessage()
                .contains("cannot be read as an XLSX workbook"));
        Path good = workbook("big.xlsx", agencyLabel(), periodLabel(), "1");
        assertTrue(assertThrows(ImportException.class, () -> CollectedFiles.workbook(good, plans, 100))
                .getMessage()
                .contains("over the limit"));
        Path truncated = dir.resolve("truncated.xlsx");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(
                ImportException.class,
                () -> CollectedFiles.workbook(truncated, plans, CollectedFiles.DEFAULT_MAX_BYTES));
        Path foreign = dir.resolve("foreign.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(foreign)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        assertTrue(assertThrows(
                        ImportException.class,
                        () -> CollectedFiles.workbook(foreign, plans, CollectedFiles.DEFAULT_MAX_BYTES))
                .getMessage()
                .contains("is not a Phaen data-entry workbook"));
    }

    /** A 200 MB run of zeros packed into a few hundred KB inside an xlsx: POI's inflate-ratio guard must stop it. */
    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1_000_000);
        ImportException e = assertThrows(
                ImportException.class, () -> CollectedFiles.workbook(bomb, plans, CollectedFiles.DEFAULT_MAX_BYTES));
        assertTrue(
                e.getMessage().toLowerCase().contains("zip bomb"),
                "refused as a zip bomb, not for another reason: " + e.getMessage());
    }
}
