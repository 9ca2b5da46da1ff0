/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PeriodKind;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.store.MonitoringStore;

/**
 * 'phaen export --emenscr --store' over the demo's store: each project's progress and disbursement per quarter are
 * what the store holds for the quarter periods of the year's monitoring plan, cell for cell.
 */
final class EmenscrFromStore {

    private EmenscrFromStore() {}

    static void check(Path models, Path out) throws Exception {
        Path xlsx = out.resolve("emenscr.xlsx");
        CliRun run = CliRun.of(
                "export",
                models.resolve("region17-2562.phaen").toString(),
                models.resolve("phitsanulok-2562.phaen").toString(),
                "--emenscr",
                xlsx.toString(),
                "--fy",
                "2562",
                "--store",
                out.resolve("store").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        var set = PlanFiles.newResourceSet();
        PlanFiles.load(set, models.resolve("region17-2562.phaen"));
        PlanModel plan = PlanFiles.load(set, models.resolve("phitsanulok-2562.phaen"));
        Map<String, Integer> quarters = new HashMap<>();
        for (MonitoringPlan monitoring : plan.getMonitoringPlans()) {
            for (ReportingPeriod period : monitoring.getReportingPeriods()) {
                if (monitoring.getFiscalYear() == 2562 && period.getKind() == PeriodKind.QUARTER) {
                    quarters.put(period.getUuid(), period.getSequence());
                }
            }
        }
        Map<String, BigDecimal> expected = new HashMap<>(); // "PROJECT-UUID Disbursed Q1 (baht)" -> value
        try (MonitoringStore store = MonitoringStore.embedded(out.resolve("store"))) {
            for (var state : store.rows().progress(quarters.keySet())) {
                expected.put(
                        state.project() + " Progress Q" + quarters.get(state.period()) + " (%)",
                        state.percentComplete());
            }
            for (var spent : store.rows().disbursements(quarters.keySet())) {
                expected.merge(
                        spent.project() + " Disbursed Q" + quarters.get(spent.period()) + " (baht)",
                        spent.amount(),
                        BigDecimal::add);
            }
        }
        expected.values().removeIf(v -> v == null);
        assertTrue(
                expected.keySet().stream().anyMatch(k -> k.contains("Disbursed"))
                        && expected.keySet().stream().anyMatch(k -> k.contains("Progress")),
                "the demo's store holds progress and disbursements: " + expected);
        Map<String, String> uuidOfCode = new HashMap<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (o instanceof org.phaen.model.Project p) {
                uuidOfCode.put(p.getCode(), p.getUuid());
            }
        });
        int checked = 0;
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headers = sheet.getRow(2);
            for (Row row : sheet) {
                String uuid = row.getRowNum() > 2 && row.getCell(0) != null
                        ? uuidOfCode.get(row.getCell(0).getStringCellValue())
                        : null;
                if (uuid == null) {
                    continue;
                }
                for (Cell header : headers) {
                    String name = header.getStringCellValue();
                    if (name.startsWith("Progress Q") || name.startsWith("Disbursed Q")) {
                        BigDecimal want = expected.get(uuid + " " + name);
                        Cell cell = row.getCell(header.getColumnIndex());
                        if (want == null) {
                            assertTrue(
                                    cell == null || cell.getCellType() == CellType.BLANK,
                                    uuid + " " + name + " is blank");
                        } else {
                            assertEquals(want.doubleValue(), cell.getNumericCellValue(), 0.001, uuid + " " + name);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(expected.size(), checked, "every figure of the store is in the sheet");
    }
}
