/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.exchange.workbook.WorkbookFile.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.BudgetProgramme;
import org.phaen.model.PeriodKind;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectKind;
import org.phaen.model.SpendingPlanEntry;

/** The fields eMENSCR asks of a project (model 1.1) on the projects sheet and the spending plan sheet, both ways. */
class EmenscrFieldsWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void typedInTheWorkbookTheyComeBackExactlyAndAWorkbookWrittenWithThemAsksNothing() throws Exception {
        Exported exported = sample(dir);
        PlanModel plan = exported.plan();
        Project project = (Project) plan.getPlans().stream()
                .flatMap(p -> p.eContents().stream())
                .filter(Project.class::isInstance)
                .findFirst()
                .orElseThrow();
        String source = project.getBudgetLines().get(0).getSource().getCode();
        int planned = project.getSpendingPlan().size(); // the sample's own entries stay
        edit(exported.xlsx(), workbook -> {
            Sheet projects = workbook.getSheet("โครงการ");
            Row row = row(projects, project.getUuid());
            set(projects, row, "Project or Operation", "การดำเนินงาน");
            set(projects, row, "Budget Programme", "แผนงานบูรณาการ");
            set(projects, row, "SDG Goals (1-17)", "๔, 10");
            Sheet spending = workbook.getSheet("แผนการใช้จ่ายงบประมาณ");
            for (int q = 1; q <= 2; q++) {
                Row added = newRow(spending);
                set(spending, added, "Project Under (code)", project.getCode());
                set(spending, added, "Period", "รายไตรมาส");
                set(spending, added, "Quarter or Month of the Fiscal Year", String.valueOf(q));
                set(spending, added, "Amount (Baht)", q == 1 ? "๑๐,๐๐๐.๕๐" : "20,000");
                set(spending, added, "Funding Source", source);
            }
        });
        WorkbookImport result = new PlanWorkbookReader(TODAY).read(exported.xlsx(), plan);
        assertEquals(List.of(), result.problems());
        assertEquals(2, result.created());
        result.apply();
        assertEquals(ProjectKind.OPERATION, project.getProjectKind());
        assertEquals(BudgetProgramme.INTEGRATED, project.getBudgetProgramme());
        assertEquals(List.of(4, 10), project.getSdgGoals());
        assertEquals(planned + 2, project.getSpendingPlan().size());
        SpendingPlanEntry first = project.getSpendingPlan().get(planned);
        assertEquals(PeriodKind.QUARTER, first.getPeriodKind());
        assertEquals(1, first.getSequence());
        assertEquals(0, new BigDecimal("10000.50").compareTo(first.getAmount()));
        assertEquals(source, first.getSource().getCode());

        Path again = dir.resolve("again.xlsx");
        new PlanWorkbookWriter(TODAY).write(plan, WorkbookScope.PLAN, again);
        WorkbookImport unedited = new PlanWorkbookReader(TODAY).read(again, plan);
        assertEquals(List.of(), unedited.problems());
        assertEquals(
                List.of(),
                unedited.edits().stream().map(Edit::what).toList(),
                "written with the fields, read back unchanged");
    }

    @Test
    void anSdgThatIsNotAWholeNumberIsAProblemOfItsCell() throws Exception {
        Exported exported = sample(dir);
        Project project = (Project) exported.plan().getPlans().stream()
                .flatMap(p -> p.eContents().stream())
                .filter(Project.class::isInstance)
                .findFirst()
                .orElseThrow();
        edit(exported.xlsx(), workbook -> {
            Sheet projects = workbook.getSheet("โครงการ");
            set(projects, row(projects, project.getUuid()), "SDG Goals (1-17)", "4, สี่");
        });
        List<String> problems = new PlanWorkbookReader(TODAY)
                .read(exported.xlsx(), exported.plan())
                .problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(
                problems.get(0).startsWith("sheet โครงการ, row ")
                        && problems.get(0).contains("SDG Goals (1-17)")
                        && problems.get(0).contains("\"สี่\" is not a whole number"),
                problems.get(0));
    }
}
