/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.editor.TestWorkbench;

/** File > New > Phaen Plan: an empty plan that loads, the samples with their links, and the wizard opening what it made. */
class NewPlanWizardTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        TestWorkbench.page().closeAllEditors(false);
    }

    @Test
    void anEmptyPlanIsAValidFileWithOneStrategicPlan() throws Exception {
        Path file = PlanTemplates.empty(
                dir.resolve("แผนใหม่.phaen"), "แผนพัฒนาการศึกษาจังหวัดทดสอบ", PlanLevel.PROVINCIAL_EDUCATION_PLAN);
        PlanModel model = PlanFiles.load(PlanFiles.newResourceSet(), file);
        StrategicPlan plan = (StrategicPlan) model.getPlans().get(0);
        assertEquals("แผนพัฒนาการศึกษาจังหวัดทดสอบ", plan.getName());
        assertEquals(plan.getStartYear() + 4, plan.getEndYear());
        assertTrue(plan.getUuid() != null, "every element gets its uuid on save");
    }

    @Test
    void theSamplesArriveWithTheirCrossFileLinks() throws Exception {
        Path provincial = PlanTemplates.sample(dir);
        assertTrue(Files.exists(dir.resolve(PlanTemplates.REGION)));
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, provincial);
        EcoreUtil.resolveAll(set);
        assertEquals(2, set.getResources().size(), "the provincial plan's links reach the regional plan beside it");
        assertTrue(set.getResources().stream().allMatch(r -> r.getErrors().isEmpty()));
    }

    @Test
    void theWizardMakesThePlanInThePlansProjectAndOpensIt() throws Exception {
        NewPlanWizard wizard = new NewPlanWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog =
                new WizardDialog(TestWorkbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        String fileName = "wizard-" + System.nanoTime() + ".phaen";
        wizard.page().name.setText("แผนจากตัวช่วยสร้าง");
        wizard.page().fileName.setText(fileName);
        assertTrue(wizard.page().isPageComplete());
        assertTrue(wizard.performFinish());
        dialog.close();
        TestWorkbench.settle();
        assertTrue(wizard.created().exists());
        IEditorPart editor = TestWorkbench.page().getActiveEditor();
        assertTrue(editor instanceof PlanEditor, String.valueOf(editor));
        assertEquals(fileName, editor.getEditorInput().getName());
    }

    @Test
    void aMissingNameOrABadFileNameKeepsFinishDisabled() {
        NewPlanWizard wizard = new NewPlanWizard();
        WizardDialog dialog =
                new WizardDialog(TestWorkbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        assertFalse(wizard.page().isPageComplete(), "no name yet");
        wizard.page().name.setText("แผน");
        wizard.page().fileName.setText("../ออกนอกโฟลเดอร์.phaen");
        assertFalse(wizard.page().isPageComplete());
        wizard.page().fileName.setText("plan.txt");
        assertFalse(wizard.page().isPageComplete());
        dialog.close();
    }
}
