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
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phaen.model.Alignment;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.problems.PlanWorkspace;

/** New aligned plan, export and import: the wizards a planner uses to start a provincial plan and exchange it. */
class ExchangeWizardsTest extends SampleEditorTest {

    @BeforeEach
    void samplesInThePlansProject() throws Exception {
        PlanTemplates.sample(Path.of(PlanWorkspace.plansProject().getLocationURI()));
        PlanWorkspace.plansProject().refreshLocal(IResource.DEPTH_ONE, null);
    }

    @Test
    void aProvincialPlanStartsAlignedToTheRegionalPlanAndOpens() throws Exception {
        NewAlignedPlanWizard wizard = new NewAlignedPlanWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = dialog(wizard);
        wizard.page().upper.select("region17-2562.phaen");
        wizard.page().name.setText("แผนพัฒนาการศึกษาจังหวัดสุโขทัย");
        wizard.page().code.setText("STI");
        wizard.page().fileName.setText("sukhothai-" + System.nanoTime() + ".phaen");
        assertTrue(wizard.page().isPageComplete(), wizard.page().getErrorMessage());
        assertTrue(wizard.performFinish(), wizard.page().getErrorMessage());
        dialog.close();
        TestWorkbench.settle();
        IEditorPart opened = TestWorkbench.page().getActiveEditor();
        assertTrue(opened instanceof PlanEditor);
        StrategicPlan plan = (StrategicPlan)
                ((PlanEditor) opened).openPlan().model().getPlans().get(0);
        assertEquals("STI", plan.getCode());
        assertEquals(4, plan.getStrategicIssues().size(), "one issue per regional issue");
        Alignment alignment = plan.getStrategicIssues().get(0).getAlignments().get(0);
        assertFalse(alignment.getTarget().eIsProxy(), "aligned to the regional plan's issue in its own file");
        assertEquals(
                "region17-2562.phaen",
                alignment.getTarget().eResource().getURI().lastSegment());
        TestWorkbench.page().closeEditor(opened, false);
    }

    @Test
    void aPlanExportedAsJsonImportsAsANewPlanFile() throws Exception {
        openSample();
        Path json = dir.resolve("out.json");
        ExportPlanWizard export = new ExportPlanWizard();
        export.init(PlatformUI.getWorkbench(), null);
        WizardDialog exportDialog = dialog(export);
        export.page().out.text.setText(json.toString());
        assertTrue(export.performFinish(), export.page().getErrorMessage());
        exportDialog.close();
        String written = Files.readString(json);
        assertTrue(
                written.contains("แผนพัฒนาการศึกษาจังหวัดพิษณุโลก"),
                written.substring(0, Math.min(600, written.length())));

        ImportPlanWizard importer = new ImportPlanWizard();
        importer.init(PlatformUI.getWorkbench(), null);
        WizardDialog importDialog = dialog(importer);
        importer.page().source.text.setText(json.toString());
        String name = "from-json-" + System.nanoTime() + ".phaen";
        importer.page().newFile.setText(name);
        assertTrue(importer.page().isPageComplete(), importer.page().getErrorMessage());
        assertTrue(importer.performFinish(), importer.page().getErrorMessage());
        importDialog.close();
        TestWorkbench.settle();
        assertEquals(
                name, TestWorkbench.page().getActiveEditor().getEditorInput().getName());
        PlanModel imported = PlanFiles.load(
                PlanFiles.newResourceSet(), Path.of(importer.created().getLocationURI()));
        assertEquals("PLK-EDP", imported.getPlans().get(0).getCode());
        TestWorkbench.page().closeEditor(TestWorkbench.page().getActiveEditor(), false);
    }

    @Test
    void anEditedAlignmentSheetChangesTheOpenPlanAsOneUndoableCommand() throws Exception {
        openSample();
        Path sheet = dir.resolve("alignment.xlsx");
        ExportPlanWizard export = new ExportPlanWizard();
        export.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = dialog(export);
        assertEquals(
                editor.openPlan().file(),
                WorkspacePlans.location(export.page().plan.selected()),
                "the open plan is proposed");
        export.page().asJson.setSelection(false);
        export.page().asSheet.setSelection(true);
        export.page().out.text.setText(sheet.toString());
        assertTrue(export.performFinish(), export.page().getErrorMessage());
        dialog.close();

        AlignmentImport.Outcome unchanged = AlignmentImport.into(editor.openPlan(), sheet);
        assertFalse(unchanged.counts().any());
        assertFalse(editor.isDirty(), "a sheet that changes nothing leaves the plan clean");

        PlanElement aligned = editor.openPlan().model().getPlans().get(0);
        int before = aligned.getAlignments().size();
        assertTrue(before > 0);
        clearTargetsOf(sheet, aligned.getUuid());

        AlignmentImport.Outcome outcome = AlignmentImport.into(editor.openPlan(), sheet);
        assertEquals(List.of(), outcome.problems());
        assertEquals(before, outcome.counts().removed());
        assertTrue(aligned.getAlignments().isEmpty());
        assertTrue(editor.isDirty());
        editor.openPlan().domain().getCommandStack().undo();
        assertEquals(before, aligned.getAlignments().size(), "one undo brings every alignment back");
    }

    private static void clearTargetsOf(Path sheet, String uuid) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(sheet)) {
            workbook = new XSSFWorkbook(in);
        }
        for (Row row : workbook.getSheetAt(0)) {
            if (row.getCell(0) != null && uuid.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(5).setCellValue("");
            }
        }
        try (OutputStream out = Files.newOutputStream(sheet)) {
            workbook.write(out);
        }
        workbook.close();
    }

    private static WizardDialog dialog(IWizard wizard) {
        WizardDialog dialog =
                new WizardDialog(TestWorkbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        return dialog;
    }
}
