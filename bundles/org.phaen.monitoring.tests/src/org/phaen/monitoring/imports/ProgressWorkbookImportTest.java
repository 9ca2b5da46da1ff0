/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.instruments.xlsx.XlsxRenderer;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Project;
import org.phaen.monitoring.data.ImportBatch;

/** A project progress report typed into its workbook: progress, disbursement and indicator actual of the project. */
class ProgressWorkbookImportTest {

    @TempDir
    Path dir;

    @Test
    void aProgressRowBecomesProgressDisbursementAndMeasurement() throws Exception {
        SamplePlan sample = SamplePlan.load();
        ResourceSet plans = sample.plans();
        MonitoringPlan monitoring = sample.monitoring();
        Project project = sample.actionPlan().getProjects().stream()
                .filter(p -> p.getResponsibleOrganization() != null
                        && !p.getBudgetLines().isEmpty()
                        && !p.getIndicators().isEmpty())
                .findFirst()
                .orElseThrow();
        EvaluationInstrument report = sample.generate(InstrumentScope.project(project), InstrumentKind.PROGRESS_REPORT);
        String key = "project:" + project.getUuid();

        Path file = dir.resolve("progress.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxRenderer().render(report, new RenderOptions(false, null), out);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = wb.getSheet(WorkbookReader.ENTRY_SHEET);
            Row ids = sheet.getRow(0);
            Row row = sheet.createRow(3);
            for (int c = 1; c < ids.getLastCellNum(); c++) {
                String uuid = ids.getCell(c).getStringCellValue();
                String k = report.getItems().stream()
                        .filter(i -> uuid.equals(i.getUuid()))
                        .findFirst()
                        .orElseThrow()
                        .getGeneratorKey();
                if (k.equals("period")) {
                    row.createCell(c)
                            .setCellValue(
                                    monitoring.getReportingPeriods().get(0).getName());
                } else if (k.equals(key + ":percent")) {
                    row.createCell(c).setCellValue(45);
                } else if (k.equals(key + ":problems")) {
                    row.createCell(c).setCellValue("ครูติดภารกิจ, เลื่อนกิจกรรม");
                } else if (k.startsWith(key + ":disbursed:")) {
                    row.createCell(c).setCellValue("12,500.50");
                } else if (k.startsWith(key + ":indicator:")) {
                    row.createCell(c).setCellValue("๗๒");
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        ImportBatch batch = CollectedFiles.workbook(file, plans, CollectedFiles.DEFAULT_MAX_BYTES);
        String period = monitoring.getReportingPeriods().get(0).getUuid();
        assertEquals(1, batch.progress().size());
        assertEquals(project.getUuid(), batch.progress().get(0).project());
        assertEquals(period, batch.progress().get(0).period());
        assertEquals(0, new BigDecimal("45").compareTo(batch.progress().get(0).percentComplete()));
        assertTrue(batch.progress().get(0).narrative().contains("ครูติดภารกิจ, เลื่อนกิจกรรม"));
        assertEquals(
                project.getBudgetLines().stream()
                        .map(b -> b.getSource())
                        .distinct()
                        .count(),
                batch.disbursements().size());
        assertEquals(new BigDecimal("12500.50"), batch.disbursements().get(0).amount());
        long indicatorItems = report.getItems().stream()
                .filter(i -> i.getGeneratorKey().startsWith(key + ":indicator:"))
                .count();
        assertTrue(indicatorItems > 0);
        assertEquals(indicatorItems, batch.measurements().size(), "one actual per indicator the report asks for");
        batch.measurements().forEach(m -> {
            assertEquals(
                    project.getResponsibleOrganization().getUuid(),
                    m.agency(),
                    "the project's responsible organisation reports");
            assertEquals(new BigDecimal("72"), m.value());
        });
    }
}
