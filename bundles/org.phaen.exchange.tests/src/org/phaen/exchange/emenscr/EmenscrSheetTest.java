/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.emenscr;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ActionPlan;
import org.phaen.model.BudgetProgramme;
import org.phaen.model.PeriodKind;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectKind;
import org.phaen.model.SpendingPlanEntry;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.Repository;
import org.phaen.testing.SamplePlans;

class EmenscrSheetTest {

    @TempDir
    Path dir;

    @Test
    void oneRowPerProjectOfTheYearInTheColumnsOfTheMap() throws Exception {
        PlanModel plan = SamplePlans.province(PlanFiles.newResourceSet());
        Path out = dir.resolve("emenscr.xlsx");
        assertEquals(14, new EmenscrSheetWriter(LocalDate.of(2019, 8, 1)).write(plan, 2562, null, out));
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, String> english = EmenscrSheetWriter.words("en");
            assertEquals(EmenscrColumns.ALL.size(), sheet.getRow(2).getLastCellNum());
            assertEquals(
                    "ข้อมูลทั่วไป / General data", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("รหัสโครงการ", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(english.get("code"), sheet.getRow(2).getCell(0).getStringCellValue());
            Row first = sheet.getRow(3);
            assertEquals("PLK62-01", first.getCell(0).getStringCellValue());
            assertEquals(2562, (int)
                    first.getCell(column(sheet, "fiscalYear", english)).getNumericCellValue());
            String z = first.getCell(column(sheet, "z", english)).getStringCellValue();
            assertTrue(
                    z.startsWith("NS3 "),
                    "the national strategy reached through the regional and ministry plans: " + z);
            assertTrue(first.getCell(column(sheet, "y1", english))
                    .getStringCellValue()
                    .startsWith("MP12 "));
            assertTrue(first.getCell(column(sheet, "provincial", english))
                    .getStringCellValue()
                    .startsWith("PLK-S2.1 "));
            assertEquals(130500, first.getCell(column(sheet, "budget", english)).getNumericCellValue());
            assertTrue(first.getCell(column(sheet, "kpis", english))
                    .getStringCellValue()
                    .contains("ค่าเป้าหมาย 90 ร้อยละ"));
            assertEquals(
                    "ไม่เปิดเผย (ไม่ได้รับความยินยอม)",
                    first.getCell(column(sheet, "contact", english)).getStringCellValue(),
                    "the responsible person has not consented to publishing the name");
            assertEquals(
                    LocalDate.of(2018, 11, 1),
                    first.getCell(column(sheet, "start", english))
                            .getLocalDateTimeCellValue()
                            .toLocalDate());
            assertEquals("PLK62-14", sheet.getRow(16).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theModel11FieldsFillTheirColumns_monthsAddUpIntoTheirQuarter() throws Exception {
        PlanModel plan = SamplePlans.province(PlanFiles.newResourceSet());
        Project project = plan.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .map(ActionPlan.class::cast)
                .flatMap(a -> a.getProjects().stream())
                .findFirst()
                .orElseThrow();
        project.setProjectKind(ProjectKind.PROJECT);
        project.setBudgetProgramme(BudgetProgramme.BASIC);
        project.getSdgGoals().clear(); // the sample's own, replaced by ones that test the sheet
        project.getSdgGoals().addAll(List.of(4, 10));
        project.getSpendingPlan().clear();
        project.getSpendingPlan().add(entry(PeriodKind.QUARTER, 1, "30000"));
        project.getSpendingPlan().add(entry(PeriodKind.MONTH, 4, "1000.25"));
        project.getSpendingPlan().add(entry(PeriodKind.MONTH, 6, "2000"));
        project.getSpendingPlan().add(entry(PeriodKind.MONTH, 7, "500"));
        Project second = ((ActionPlan) project.eContainer()).getProjects().get(1);
        second.unsetProjectKind();
        Path out = dir.resolve("emenscr.xlsx");
        new EmenscrSheetWriter(LocalDate.of(2019, 8, 1)).write(plan, 2562, null, out);
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, String> english = EmenscrSheetWriter.words("en");
            Row first = sheet.getRow(3);
            assertEquals(project.getCode(), first.getCell(0).getStringCellValue());
            assertEquals(
                    "โครงการ",
                    first.getCell(column(sheet, "projectKind", english)).getStringCellValue());
            assertEquals(
                    "แผนงานพื้นฐาน",
                    first.getCell(column(sheet, "budgetProgramme", english)).getStringCellValue());
            assertEquals(
                    "SDG 4\nSDG 10",
                    first.getCell(column(sheet, "sdg", english)).getStringCellValue());
            assertEquals(
                    30000, first.getCell(column(sheet, "planned1", english)).getNumericCellValue());
            assertEquals(
                    3000.25, first.getCell(column(sheet, "planned2", english)).getNumericCellValue());
            assertEquals(500, first.getCell(column(sheet, "planned3", english)).getNumericCellValue());
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.BLANK,
                    first.getCell(column(sheet, "planned4", english)).getCellType(),
                    "nothing planned for the quarter: blank, not 0");
            assertEquals(
                    org.apache.poi.ss.usermodel.CellType.BLANK,
                    sheet.getRow(4)
                            .getCell(column(sheet, "projectKind", english))
                            .getCellType(),
                    "a project whose kind is not set: blank");
        }
    }

    private static SpendingPlanEntry entry(PeriodKind kind, int sequence, String amount) {
        SpendingPlanEntry entry = PhaenFactory.eINSTANCE.createSpendingPlanEntry();
        entry.setPeriodKind(kind);
        entry.setSequence(sequence);
        entry.setAmount(new BigDecimal(amount));
        return entry;
    }

    @Test
    void theReadmeDocumentsEveryColumn() throws Exception {
        String readme = Files.readString(Repository.path("README.md"));
        Map<String, String> thai = EmenscrSheetWriter.words("th");
        Map<String, String> english = EmenscrSheetWriter.words("en");
        for (EmenscrColumns.Column column : EmenscrColumns.ALL) {
            String row = "| " + thai.get(column.id()) + " / " + english.get(column.id()) + " |";
            assertTrue(readme.contains(row), "the README's eMENSCR table lacks " + row);
            int at = readme.indexOf(row);
            String line = readme.substring(at, readme.indexOf('\n', at));
            assertEquals(column.assumed(), line.contains("*assumed*"), line);
        }
    }

    private static int column(Sheet sheet, String id, Map<String, String> english) {
        for (var cell : sheet.getRow(2)) {
            if (cell.getStringCellValue().replace(" *", "").equals(english.get(id))) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(id);
    }
}
