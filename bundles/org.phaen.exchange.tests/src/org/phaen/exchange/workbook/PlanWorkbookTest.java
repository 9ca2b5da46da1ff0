/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.exchange.workbook.WorkbookFile.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.BudgetLine;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;

class PlanWorkbookTest {

    static final LocalDate TODAY = WorkbookFile.TODAY;

    @TempDir
    Path dir;

    PlanModel plan;
    Path xlsx;

    @BeforeEach
    void export() throws Exception {
        Exported exported = sample(dir);
        plan = exported.plan();
        xlsx = exported.xlsx();
    }

    WorkbookImport read() throws Exception {
        return new PlanWorkbookReader(TODAY).read(xlsx, plan);
    }

    Project project(int i) {
        return plan.getPlans().stream()
                .flatMap(p -> p.eContents().stream())
                .filter(Project.class::isInstance)
                .map(Project.class::cast)
                .toList()
                .get(i);
    }

    /** The elements of a kind nothing refers to (unreferenced) or that something does. */
    <T extends org.eclipse.emf.ecore.EObject> List<T> all(Class<T> type, boolean unreferenced) {
        List<T> all = new java.util.ArrayList<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                all.add(type.cast(o));
            }
        });
        return all.stream()
                .filter(m -> org.eclipse.emf.ecore.util.EcoreUtil.UsageCrossReferencer.find(
                                        m, plan.eResource().getResourceSet())
                                .isEmpty()
                        == unreferenced)
                .toList();
    }

    @Test
    void everyElementOfAListedKindHasARow() throws Exception {
        int rows = new PlanWorkbookWriter(TODAY).write(plan, WorkbookScope.PLAN, dir.resolve("again.xlsx"));
        assertEquals(
                222,
                rows,
                "issues, goals, indicators, strategies, projects, activities, milestones, budget lines, the 30 spending plan entries, organisations, people, committees, members");
    }

    @Test
    void eachKindHasASheetWithThaiHeadersOverEnglishAFrozenHeaderAndAHiddenUuid() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(
                    List.of(
                            "ประเด็นยุทธศาสตร์",
                            "เป้าประสงค์",
                            "ตัวชี้วัด",
                            "กลยุทธ์",
                            "โครงการ",
                            "กิจกรรม",
                            "ขั้นตอนสำคัญ",
                            "รายการงบประมาณ",
                            "แผนการใช้จ่ายงบประมาณ",
                            "หน่วยงาน",
                            "บุคคล",
                            "บันทึกข้อตกลง",
                            "คณะกรรมการ",
                            "กรรมการ",
                            "รายการให้เลือก"),
                    java.util.stream.IntStream.range(0, workbook.getNumberOfSheets())
                            .mapToObj(workbook::getSheetName)
                            .toList());
            Sheet projects = workbook.getSheet("โครงการ");
            assertEquals(
                    "สถานะโครงการ",
                    projects.getRow(0).getCell(column(projects, "Status")).getStringCellValue());
            assertTrue(projects.isColumnHidden(0));
            assertEquals(2, projects.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(14, projects.getLastRowNum() - 1, "the 14 projects of FY 2562");
            Row first = row(projects, project(0).getUuid());
            var start = first.getCell(column(projects, "Start Date"));
            assertEquals(
                    project(0).getStartDate(), start.getLocalDateTimeCellValue().toLocalDate());
            assertTrue(start.getCellStyle().getDataFormatString().contains("107041E"), "shown in B.E.");
            int status = column(projects, "Status");
            DataValidation list = projects.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == status)
                    .findFirst()
                    .orElseThrow();
            assertTrue(
                    list.getValidationConstraint().getFormula1().startsWith("PHAEN_LIST_"),
                    list.getValidationConstraint().getFormula1());
            assertTrue(workbook.getName(list.getValidationConstraint().getFormula1())
                    .getRefersToFormula()
                    .contains("รายการให้เลือก"));
            String lookup = first.getCell(column(projects, "Responsible Organization") + 1)
                    .getCellFormula();
            assertTrue(lookup.startsWith("IFERROR(VLOOKUP(") && lookup.contains("PHAEN_LIST_"), lookup);
        }
    }

    @Test
    void anUneditedWorkbookAsksNothing() throws Exception {
        WorkbookImport result = read();
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.edits());
    }

    @Test
    void editsComeBackExactly() throws Exception {
        Project project = project(0);
        BudgetLine line = project.getBudgetLines().get(0);
        BudgetLine deleted = all(BudgetLine.class, true).get(1);
        Project holder = (Project) deleted.eContainer();
        StrategicIssue issue =
                ((StrategicPlan) plan.getPlans().get(0)).getStrategicIssues().get(0);
        Indicator indicator = issue.getGoals().get(0).getIndicators().get(0);
        edit(xlsx, workbook -> {
            Sheet projects = workbook.getSheet("โครงการ");
            Row row = row(projects, project.getUuid());
            set(projects, row, "Status", "ระงับชั่วคราว");
            set(projects, row, "Start Date", "15/3/2562");
            set(projects, row, "Objectives", "ข้อหนึ่ง\nข้อสอง");
            Sheet budget = workbook.getSheet("รายการงบประมาณ");
            set(budget, row(budget, line.getUuid()), "Amount", "๑,๒๓๔.๕๐");
            set(budget, row(budget, deleted.getUuid()), "Delete (x)", "x");
            Sheet indicators = workbook.getSheet("ตัวชี้วัด");
            set(indicators, row(indicators, indicator.getUuid()), "Target FY 2563", "66.5");
            Sheet goals = workbook.getSheet("เป้าประสงค์");
            Row added = newRow(goals);
            set(goals, added, "Strategic Issue Under (code)", issue.getCode());
            set(goals, added, "Code", "PLK-G9.9");
            set(goals, added, "Name", "เป้าประสงค์ใหม่จากตาราง");
        });
        WorkbookImport result = read();
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.created());
        assertEquals(1, result.deleted());
        assertNotEquals(ProjectStatus.SUSPENDED, project.getStatus(), "reading changes nothing");
        result.apply();
        assertEquals(ProjectStatus.SUSPENDED, project.getStatus());
        assertEquals(LocalDate.of(2019, 3, 15), project.getStartDate());
        assertEquals(List.of("ข้อหนึ่ง", "ข้อสอง"), project.getObjectives());
        assertEquals(
                0,
                new BigDecimal("1234.50").compareTo(line.getAmount()),
                line.getAmount().toPlainString());
        assertFalse(holder.getBudgetLines().contains(deleted));
        assertEquals(
                0,
                new BigDecimal("66.5")
                        .compareTo(indicator.getTargets().stream()
                                .filter(t -> t.getFiscalYear() == 2563)
                                .findFirst()
                                .orElseThrow()
                                .getValue()));
        Goal goal = issue.getGoals().get(issue.getGoals().size() - 1);
        assertEquals("PLK-G9.9", goal.getCode());
        assertEquals("เป้าประสงค์ใหม่จากตาราง", goal.getName());
        assertEquals(36, goal.getUuid().length());
    }
}
