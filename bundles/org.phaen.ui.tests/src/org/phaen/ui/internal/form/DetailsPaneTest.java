/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.internal.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.phaen.model.Committee;
import org.phaen.model.Indicator;
import org.phaen.model.Membership;
import org.phaen.model.PhaenPackage;
import org.phaen.model.Project;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;

/** The form beside the tree: an indicator's fields and targets table, a project's budget lines; edits are undoable. */
class DetailsPaneTest extends SampleEditorTest {

    private <T> T first(Class<T> type, org.eclipse.emf.ecore.EClass eClass) {
        List<Object> all = new java.util.ArrayList<>();
        editor.openPlan().model().eAllContents().forEachRemaining(all::add);
        return type.cast(EcoreUtil.getObjectsByType(all, eClass).stream()
                .filter(o -> !(o instanceof Indicator i) || i.getTargets().size() > 1)
                .findFirst()
                .orElseThrow());
    }

    private ChildTable table(String feature) {
        return editor.details().tables().stream()
                .filter(t -> t.feature().getName().equals(feature))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anIndicatorsTargetsAreATableAndItsNameAField() throws Exception {
        openSample();
        Indicator indicator = first(Indicator.class, PhaenPackage.Literals.INDICATOR);
        editor.viewer().setSelection(new StructuredSelection(indicator), true);
        TestWorkbench.settle();
        ChildTable targets = table("targets");
        assertEquals(indicator.getTargets().size(), targets.viewer().getTable().getItemCount());
        assertTrue(targets.viewer().getTable().getColumnCount() >= 2, "fiscal year and value at least");

        targets.add();
        TestWorkbench.settle();
        assertEquals(indicator.getTargets().size(), targets.viewer().getTable().getItemCount());
        editor.getEditingDomain().getCommandStack().undo();
        TestWorkbench.settle();
        assertEquals(
                indicator.getTargets().size(),
                targets.viewer().getTable().getItemCount(),
                "undo took the new target away");

        FieldRow name = editor.details().fields().stream()
                .filter(f -> "name".equals(f.control().getData("phaen.property")))
                .findFirst()
                .orElseThrow();
        Text text = (Text) name.control();
        assertEquals(indicator.getName(), text.getText());
        text.setText("ตัวชี้วัดที่แก้ไขในแบบฟอร์ม");
        text.notifyListeners(SWT.DefaultSelection, null);
        TestWorkbench.settle();
        assertEquals("ตัวชี้วัดที่แก้ไขในแบบฟอร์ม", indicator.getName());
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        TestWorkbench.settle();
        assertEquals(indicator.getName(), text.getText(), "the field follows the undo");
    }

    @Test
    void aProjectShowsItsBudgetLinesAndActivities() throws Exception {
        openSample();
        Project project = first(Project.class, PhaenPackage.Literals.PROJECT);
        editor.viewer().setSelection(new StructuredSelection(project), true);
        TestWorkbench.settle();
        assertEquals(
                project.getBudgetLines().size(),
                table("budgetLines").viewer().getTable().getItemCount());
        assertEquals(
                project.getActivities().size(),
                table("activities").viewer().getTable().getItemCount());
        assertTrue(project.getBudgetLines().size() > 0);
    }

    @Test
    void aCommitteesMembersShowTheirTerm() throws Exception {
        openSample();
        Committee committee = first(Committee.class, PhaenPackage.Literals.COMMITTEE);
        Membership first = committee.getMemberships().get(0);
        first.setEndDate(java.time.LocalDate.of(2019, 3, 31)); // a chair who handed over at the end of March
        editor.viewer().setSelection(new StructuredSelection(committee), true);
        TestWorkbench.settle();
        ChildTable members = table("memberships");
        List<String> titles = java.util.Arrays.stream(
                        members.viewer().getTable().getColumns())
                .map(c -> c.getText())
                .toList();
        // The test workbench speaks Thai: วันเริ่มวาระ / วันสิ้นสุดวาระ are the term's start and end.
        assertTrue(titles.contains("วันเริ่มวาระ") && titles.contains("วันสิ้นสุดวาระ"), titles.toString());
        int end = titles.indexOf("วันสิ้นสุดวาระ");
        String shown = members.viewer().getTable().getItem(0).getText(end);
        assertTrue(
                shown.contains("2019") || shown.contains("2562"),
                "the end of the first member's term is shown: " + shown);
        assertEquals("", members.viewer().getTable().getItem(1).getText(end), "a term without an end shows none");
    }
}
