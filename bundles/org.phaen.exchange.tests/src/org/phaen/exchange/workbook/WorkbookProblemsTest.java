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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.BudgetLine;
import org.phaen.model.ContactDetail;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.testing.SamplePlans;

/** What a workbook cannot ask: every problem named by sheet, row and column, and nothing asked at all. */
class WorkbookProblemsTest {

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

    <T extends EObject> T first(Class<T> type, boolean referenced) {
        List<T> all = new java.util.ArrayList<>();
        plan.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)
                    && EcoreUtil.UsageCrossReferencer.find(o, plan.eResource().getResourceSet())
                                    .isEmpty()
                            != referenced) {
                all.add(type.cast(o));
            }
        });
        return all.get(0);
    }

    @Test
    void everyProblemIsListedAndNothingIsAsked() throws Exception {
        Project project = first(Project.class, true);
        BudgetLine line = project.getBudgetLines().get(0);
        Strategy strategy = first(Strategy.class, true);
        Goal goal = first(Goal.class, true);
        edit(xlsx, workbook -> {
            Sheet projects = workbook.getSheet("โครงการ");
            Row row = row(projects, project.getUuid());
            set(projects, row, "Responsible Organization", "NO-SUCH-ORG");
            set(projects, row, "End Date", "31/13/2562");
            row.createCell(column(projects, "Location")).setCellFormula("A1&\"x\"");
            Sheet budget = workbook.getSheet("รายการงบประมาณ");
            set(budget, row(budget, line.getUuid()), "Amount", "1.234,5");
            Sheet strategies = workbook.getSheet("กลยุทธ์");
            set(strategies, row(strategies, strategy.getUuid()), "Delete (x)", "x");
            Sheet goals = workbook.getSheet("เป้าประสงค์");
            Row added = newRow(goals);
            set(goals, added, "Strategic Issue Under (code)", project.getCode());
            set(goals, added, "Code", goal.getCode());
            set(goals, added, "Name", "ซ้ำ");
            Sheet indicators = workbook.getSheet("ตัวชี้วัด");
            Row indicator = row(indicators, ((Indicator) goal.getIndicators().get(0)).getUuid());
            indicators.getRow(1).createCell(60).setCellValue("Target FY 2575");
            indicator.createCell(60).setCellValue(90);
        });
        String before = Files.readString(SamplePlans.file("phitsanulok-2562.phaen"));
        WorkbookImport result = new PlanWorkbookReader(PlanWorkbookTest.TODAY).read(xlsx, plan);
        assertEquals(List.of(), result.edits());
        String all = String.join("\n", result.problems());
        assertAll(
                () -> assertTrue(
                        all.contains("sheet โครงการ, row 3, column ")
                                && all.contains("no Organization has the code \"NO-SUCH-ORG\""),
                        all),
                () -> assertTrue(all.contains("(End Date): \"31/13/2562\" is not a date"), all),
                () -> assertTrue(all.contains("(Location): the formula =A1&\"x\" has no saved result"), all),
                () -> assertTrue(
                        all.contains("sheet รายการงบประมาณ, row 3, column ")
                                && all.contains("\"1.234,5\" is not a number"),
                        all),
                () -> assertTrue(all.contains("sheet กลยุทธ์") && all.contains("cannot be deleted: Project"), all),
                () -> assertTrue(all.contains("is a Project; a Goal belongs to a Strategic Issue"), all),
                () -> assertTrue(
                        all.contains("(Target FY 2575): the year 2575 is outside the period of StrategicPlan PLK-EDP"),
                        all));
        assertEquals(before, Files.readString(SamplePlans.file("phitsanulok-2562.phaen")));
    }

    @Test
    void aCodeTypedTwiceIsRefused() throws Exception {
        Goal goal = first(Goal.class, true);
        edit(xlsx, workbook -> {
            Sheet goals = workbook.getSheet("เป้าประสงค์");
            Row added = newRow(goals);
            set(
                    goals,
                    added,
                    "Strategic Issue Under (code)",
                    ((org.phaen.model.StrategicIssue) goal.eContainer()).getCode());
            set(goals, added, "Code", goal.getCode());
            set(goals, added, "Name", "ซ้ำ");
        });
        List<String> problems =
                new PlanWorkbookReader(PlanWorkbookTest.TODAY).read(xlsx, plan).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
                problems.get(0).contains("the code " + goal.getCode() + " is also on sheet เป้าประสงค์, row "),
                problems.get(0));
    }

    @Test
    void withheldContactsAreShownAsWithheldAndNeverErased() throws Exception {
        Person withheld = null;
        for (Person person : plan.getPeople()) {
            if (person.getContacts().stream()
                    .anyMatch(c -> !org.phaen.model.privacy.Consents.cover(person, c, PlanWorkbookTest.TODAY))) {
                withheld = person;
            }
        }
        assertNotNull(withheld, "the sample has a person who did not consent");
        Person person = withheld;
        List<String> values =
                person.getContacts().stream().map(ContactDetail::getValue).toList();
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet people = workbook.getSheet("บุคคล");
            String text = String.valueOf(row(people, person.getUuid()).getCell(column(people, "Phone")));
            assertEquals("ไม่เปิดเผย (ไม่ได้รับความยินยอม)", text);
            StringBuilder sheetText = new StringBuilder();
            people.forEach(r -> r.forEach(c -> sheetText.append(c).append('\n')));
            values.forEach(v -> assertFalse(sheetText.toString().contains(v), v + " is not in the workbook"));
        }
        edit(xlsx, workbook -> {
            Sheet people = workbook.getSheet("บุคคล");
            row(people, person.getUuid()).getCell(column(people, "Phone")).setBlank();
        });
        WorkbookImport blanked = new PlanWorkbookReader(PlanWorkbookTest.TODAY).read(xlsx, plan);
        assertEquals(List.of(), blanked.problems());
        assertEquals(List.of(), blanked.edits(), "a blanked withheld cell erases nothing");
        edit(xlsx, workbook -> {
            Sheet people = workbook.getSheet("บุคคล");
            set(people, row(people, person.getUuid()), "Phone", "099-999-9999");
        });
        List<String> problems =
                new PlanWorkbookReader(PlanWorkbookTest.TODAY).read(xlsx, plan).problems();
        assertTrue(problems.get(0).contains("are withheld in this workbook"), problems.toString());
        assertEquals(
                values,
                person.getContacts().stream().map(ContactDetail::getValue).toList());
    }

    @Test
    void theEmptyWorkbookHasEverySheetAndNoRows() throws Exception {
        Path empty = dir.resolve("empty.xlsx");
        new PlanWorkbookWriter(PlanWorkbookTest.TODAY).writeEmpty(empty);
        try (InputStream in = Files.newInputStream(empty);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(15, workbook.getNumberOfSheets());
            for (int i = 0; i < 14; i++) {
                assertEquals(
                        1,
                        workbook.getSheetAt(i).getLastRowNum(),
                        workbook.getSheetName(i) + ": two header rows, no data");
            }
            Sheet indicators = workbook.getSheet("ตัวชี้วัด");
            assertTrue(column(indicators, "Target FY 2562") > 0, "the fiscal year of the day and the four after it");
        }
        WorkbookImport result = new PlanWorkbookReader(PlanWorkbookTest.TODAY).read(empty, plan);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.edits());
    }
}
