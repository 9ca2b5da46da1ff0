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
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ActionPlan;
import org.phaen.model.Named;
import org.phaen.model.Project;
import org.phaen.model.Strategy;

/**
 * Columns of several codes (strategies carried out, partners, measured by, the goals a strategy serves): the names
 * of the codes are looked up beside them by a formula (evaluated here by POI's evaluator, which follows Excel; the
 * LibreOffice check evaluates it in Calc), and each code that names nothing is its own problem by sheet, row and
 * column. SDG numbers outside 1-17 are refused the same way.
 */
class MultiCodeColumnsTest {

    @TempDir
    Path dir;

    @Test
    void theNamesOfEveryCodeAreLookedUpBesideThemAndFollowWhatIsTyped() throws Exception {
        Exported exported = sample(dir);
        List<Project> projects = projects(exported);
        Project partnered = projects.stream()
                .filter(p -> p.getPartners().size() >= 3)
                .findFirst()
                .orElseThrow();
        Strategy strategy = partnered.getImplementsStrategies().get(0);
        try (InputStream in = Files.newInputStream(exported.xlsx());
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = workbook.getSheet("โครงการ");
            Row row = row(sheet, partnered.getUuid());
            assertEquals(names(partnered.getPartners()), names(evaluator, sheet, row, "Partners"));
            assertEquals(
                    names(partnered.getImplementsStrategies()), names(evaluator, sheet, row, "Implements Strategies"));
            assertEquals(names(partnered.getMeasuredBy()), names(evaluator, sheet, row, "Measured By"));
            Sheet strategies = workbook.getSheet("กลยุทธ์");
            assertEquals(
                    names(strategy.getServesGoals()),
                    names(evaluator, strategies, row(strategies, strategy.getUuid()), "Serves Goals"));

            // Typed by hand: more codes than were written, one naming nothing; and a cell emptied.
            Strategy any = projects.get(0).getImplementsStrategies().get(0);
            set(sheet, row, "Implements Strategies", any.getCode() + ", NO-SUCH, " + strategy.getCode());
            set(sheet, row, "Partners", "");
            evaluator.clearAllCachedResultValues();
            assertEquals(
                    any.getName() + ", " + strategy.getName(),
                    names(evaluator, sheet, row, "Implements Strategies"),
                    "a code that names nothing adds nothing");
            assertEquals("", names(evaluator, sheet, row, "Partners"));
        }
    }

    @Test
    void everyUnknownCodeOfACellIsItsOwnProblemAndNothingIsAsked() throws Exception {
        Exported exported = sample(dir);
        Project project = projects(exported).get(0);
        String known = project.getImplementsStrategies().get(0).getCode();
        edit(exported.xlsx(), workbook -> {
            Sheet projects = workbook.getSheet("โครงการ");
            Row row = row(projects, project.getUuid());
            set(projects, row, "Implements Strategies", "NO-S1, " + known + ", NO-S2");
            set(projects, row, "Partners", "NO-ORG");
            set(projects, row, "Measured By", known); // a strategy where indicators are asked
        });
        WorkbookImport result = new PlanWorkbookReader(TODAY).read(exported.xlsx(), exported.plan());
        assertEquals(List.of(), result.edits());
        List<String> problems = result.problems();
        assertEquals(4, problems.size(), String.join("\n", problems));
        assertTrue(
                problems.get(0).startsWith("sheet โครงการ, row ")
                        && problems.get(0).contains("(Implements Strategies): no Strategy has the code \"NO-S1\""),
                problems.get(0));
        assertTrue(
                problems.get(1).contains("(Implements Strategies): no Strategy has the code \"NO-S2\""),
                problems.get(1));
        assertTrue(problems.get(2).contains("(Partners): no Organization has the code \"NO-ORG\""), problems.get(2));
        assertTrue(problems.get(3).contains("(Measured By): \"" + known + "\" is a Strategy, not a"), problems.get(3));
        String row = problems.get(0).substring(0, problems.get(0).indexOf(", column"));
        problems.forEach(p -> assertTrue(p.startsWith(row), "all on the project's row: " + p));
    }

    @Test
    void anSdgNumberOutsideOneToSeventeenIsRefusedNamingIt() throws Exception {
        Exported exported = sample(dir);
        Project project = projects(exported).get(0);
        List<Integer> before = List.copyOf(project.getSdgGoals());
        edit(exported.xlsx(), workbook -> {
            Sheet projects = workbook.getSheet("โครงการ");
            set(projects, row(projects, project.getUuid()), "SDG Goals (1-17)", "4, ๑๘, 0, 17");
        });
        WorkbookImport result = new PlanWorkbookReader(TODAY).read(exported.xlsx(), exported.plan());
        assertEquals(List.of(), result.edits());
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertTrue(
                result.problems()
                        .get(0)
                        .contains("(SDG Goals (1-17)): there is no SDG 18: the Sustainable"
                                + " Development Goals are numbered 1 to 17"),
                result.problems().get(0));
        assertTrue(
                result.problems().get(1).contains("there is no SDG 0:"),
                result.problems().get(1));
        assertEquals(before, project.getSdgGoals());
    }

    private static List<Project> projects(Exported exported) {
        return exported.plan().getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .flatMap(p -> ((ActionPlan) p).getProjects().stream())
                .toList();
    }

    private static String names(List<? extends Named> elements) {
        return String.join(", ", elements.stream().map(Named::getName).toList());
    }

    /** The value of the names column beside the codes headed {@code english}. */
    private static String names(FormulaEvaluator evaluator, Sheet sheet, Row row, String english) {
        int names = column(sheet, english + " (names)");
        assertEquals(column(sheet, english) + 1, names, "the names beside the codes");
        return evaluator.evaluate(row.getCell(names)).getStringValue();
    }
}
