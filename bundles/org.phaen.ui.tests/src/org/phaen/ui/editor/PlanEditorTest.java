/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.Test;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.resource.PlanFiles;

/** The editor as a planner uses it: rename, undo, redo, save, and the file holds the change. */
class PlanEditorTest extends SampleEditorTest {

    private static StrategicIssue firstIssue(PlanModel model) {
        return model.getPlans().stream()
                .filter(StrategicPlan.class::isInstance)
                .map(StrategicPlan.class::cast)
                .flatMap(p -> p.getStrategicIssues().stream())
                .findFirst()
                .orElseThrow();
    }

    private IAction global(ActionFactory action) {
        return editor.getEditorSite().getActionBars().getGlobalActionHandler(action.getId());
    }

    @Test
    void renameUndoRedoSaveAndReload() throws Exception {
        openSample();
        StrategicIssue issue = firstIssue(editor.openPlan().model());
        String before = issue.getName();
        assertFalse(editor.isDirty());

        NameEditing.rename(editor.getEditingDomain(), issue, "ประเด็นที่เปลี่ยนชื่อในตัวแก้ไข");
        TestWorkbench.settle();
        assertEquals("ประเด็นที่เปลี่ยนชื่อในตัวแก้ไข", issue.getName());
        assertTrue(editor.isDirty());
        TreeItem item = (TreeItem) editor.viewer().testFindItem(issue);
        assertNotNull(item, "the issue is shown in the tree");
        assertTrue(item.getText().contains("ประเด็นที่เปลี่ยนชื่อในตัวแก้ไข"), item.getText());

        IAction undo = global(ActionFactory.UNDO);
        assertTrue(undo.isEnabled());
        undo.run();
        TestWorkbench.settle();
        assertEquals(before, issue.getName());
        assertFalse(editor.isDirty(), "undone back to the saved state");
        assertTrue(((TreeItem) editor.viewer().testFindItem(issue)).getText().contains(before));

        global(ActionFactory.REDO).run();
        TestWorkbench.settle();
        assertEquals("ประเด็นที่เปลี่ยนชื่อในตัวแก้ไข", issue.getName());
        assertTrue(editor.isDirty());

        editor.doSave(null);
        TestWorkbench.settle();
        assertFalse(editor.isDirty());
        Path file = dir.resolve("phitsanulok-2562.phaen");
        assertTrue(Files.exists(dir.resolve("phitsanulok-2562.phaen.bak")), "the safe save kept a backup");
        PlanModel reloaded = PlanFiles.load(PlanFiles.newResourceSet(), file);
        assertEquals("ประเด็นที่เปลี่ยนชื่อในตัวแก้ไข", firstIssue(reloaded).getName());
    }

    @Test
    void anUnreadableFileIsRefusedWithItsReason() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.phaen"), "<?xml version=\"1.0\"?><notAPlan");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> OpenPlan.load(broken));
        assertTrue(e.getMessage().contains("broken.phaen"), e.getMessage());
    }
}
