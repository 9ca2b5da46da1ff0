/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phaen.exchange.workbook.Edit;
import org.phaen.exchange.workbook.PlanWorkbookReader;
import org.phaen.exchange.workbook.PlanWorkbookWriter;
import org.phaen.exchange.workbook.WorkbookScope;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.look.Screenshots;
import org.phaen.ui.problems.PlanWorkspace;

/** File > Import > Plan Workbook: the change list 'import-workbook --dry-run' prints, applied as one undoable command. */
class ImportWorkbookWizardTest extends SampleEditorTest {

    @BeforeEach
    void samplesInThePlansProject() throws Exception {
        PlanTemplates.sample(Path.of(PlanWorkspace.plansProject().getLocationURI()));
        PlanWorkspace.plansProject().refreshLocal(IResource.DEPTH_ONE, null);
    }

    @Test
    void theChangeListIsShownAndFinishAppliesItAsOneCommandThatUndoRestoresExactly() throws Exception {
        openSample();
        PlanModel model = editor.openPlan().model();
        Project project = (Project) model.getPlans().stream()
                .flatMap(p -> p.eContents().stream())
                .filter(Project.class::isInstance)
                .findFirst()
                .orElseThrow();
        String issue = ((org.phaen.model.StrategicPlan) model.getPlans().get(0))
                .getStrategicIssues()
                .get(0)
                .getCode();
        Path xlsx = exported();
        edit(xlsx, workbook -> {
            Sheet projects = workbook.getSheet("โครงการ");
            Row row = row(projects, project.getUuid());
            set(projects, row, "Status", "ระงับชั่วคราว");
            set(projects, row, "SDG Goals (1-17)", "4, 10");
            Sheet goals = workbook.getSheet("เป้าประสงค์");
            Row added = goals.createRow(goals.getLastRowNum() + 1);
            set(goals, added, "Strategic Issue Under (code)", issue);
            set(goals, added, "Code", "WB-G1");
            set(goals, added, "Name", "เป้าประสงค์จากสมุดงาน");
        });
        PlanModel before = EcoreUtil.copy(model);
        List<String> dryRun = dryRun(xlsx);
        assertEquals(4, dryRun.size(), "status, SDGs, the new goal and its name: " + dryRun);

        ImportWorkbookWizard wizard = new ImportWorkbookWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog =
                new WizardDialog(TestWorkbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals(
                    editor.openPlan().file(),
                    WorkspacePlans.location(wizard.choosePage().plan.selected()),
                    "the open plan is proposed");
            wizard.choosePage().workbook.text.setText(xlsx.toString());
            assertTrue(wizard.choosePage().isPageComplete(), wizard.choosePage().getErrorMessage());
            assertFalse(wizard.canFinish(), "not before the changes are shown");
            dialog.showPage(wizard.changesPage());
            dialog.getShell().setSize(1000, 640);
            settleAWhile();
            assertEquals(dryRun, withoutNewUuids(wizard.changesPage().lines()), "the change list is the dry run's");
            assertTrue(wizard.canFinish());
            assertTrue(EcoreUtil.equals(before, model), "showing the changes changes nothing");
            assertTrue(Screenshots.save(dialog.getShell(), "import-workbook-changes") > 20, "the page is drawn");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        TestWorkbench.settle();
        assertEquals(ProjectStatus.SUSPENDED, project.getStatus());
        assertEquals(List.of(4, 10), project.getSdgGoals());
        assertTrue(editor.isDirty());
        assertFalse(EcoreUtil.equals(before, model));
        editor.openPlan().domain().getCommandStack().undo();
        assertTrue(EcoreUtil.equals(before, model), "one undo restores the plan exactly");
        assertFalse(editor.isDirty());
        editor.openPlan().domain().getCommandStack().redo();
        assertEquals(ProjectStatus.SUSPENDED, project.getStatus(), "and redo applies it again");
    }

    @Test
    void aWorkbookWithProblemsListsThemByCellAndCannotBeFinished() throws Exception {
        openSample();
        Project project = (Project) editor.openPlan().model().getPlans().stream()
                .flatMap(p -> p.eContents().stream())
                .filter(Project.class::isInstance)
                .findFirst()
                .orElseThrow();
        Path xlsx = exported();
        edit(xlsx, workbook -> {
            Sheet projects = workbook.getSheet("โครงการ");
            set(projects, row(projects, project.getUuid()), "Responsible Organization", "NO-SUCH-CODE");
        });
        ImportWorkbookWizard wizard = new ImportWorkbookWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog =
                new WizardDialog(TestWorkbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.choosePage().workbook.text.setText(xlsx.toString());
            dialog.showPage(wizard.changesPage());
            settleAWhile();
            List<String> lines = wizard.changesPage().lines();
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(
                    lines.get(0).startsWith("sheet โครงการ, row ")
                            && lines.get(0).contains("NO-SUCH-CODE"),
                    lines.get(0));
            assertFalse(wizard.canFinish());
            assertNotNull(wizard.changesPage().getErrorMessage());
        } finally {
            dialog.close();
        }
        assertFalse(editor.isDirty(), "nothing changed");
    }

    /** The workbook of the open plan's files as saved (what 'phaen export --workbook' writes). */
    private Path exported() throws Exception {
        Path xlsx = dir.resolve("plan.xlsx");
        new PlanWorkbookWriter(LocalDate.now()).write(load(), WorkbookScope.PLAN, xlsx);
        return xlsx;
    }

    /** What 'phaen import-workbook --dry-run' prints for the workbook, read against the saved files. */
    private List<String> dryRun(Path xlsx) throws Exception {
        var result = new PlanWorkbookReader(LocalDate.now()).read(xlsx, load());
        assertEquals(List.of(), result.problems());
        return withoutNewUuids(result.edits().stream().map(Edit::what).toList());
    }

    /** A new element gets a new UUID each time a workbook is read: the lists compare without them. */
    private static List<String> withoutNewUuids(List<String> lines) {
        return lines.stream()
                .map(l -> l.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "(new UUID)"))
                .toList();
    }

    private PlanModel load() throws Exception {
        var set = PlanFiles.newResourceSet();
        PlanFiles.load(set, dir.resolve("region17-2562.phaen"));
        return PlanFiles.load(set, dir.resolve("phitsanulok-2562.phaen"));
    }

    private static void settleAWhile() throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            TestWorkbench.settle();
            Thread.sleep(50);
        }
    }

    private static void edit(Path xlsx, Consumer<XSSFWorkbook> change) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(xlsx)) {
            workbook = new XSSFWorkbook(in);
        }
        change.accept(workbook);
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private static Row row(Sheet sheet, String uuid) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && uuid.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(uuid);
    }

    private static void set(Sheet sheet, Row row, String english, String value) {
        for (Cell cell : sheet.getRow(1)) {
            if (cell.getStringCellValue().equals(english)) {
                row.createCell(cell.getColumnIndex()).setCellValue(value);
                return;
            }
        }
        throw new AssertionError(english);
    }
}
