/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.compare.Difference;
import org.phaen.compare.PlanDiff;
import org.phaen.compare.edit.CopyDirection;
import org.phaen.compare.ui.PlanCompareEditor;
import org.phaen.compare.ui.PlanCompareInput;
import org.phaen.model.ActionPlan;
import org.phaen.model.Activity;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.SamplePlans;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.look.Screenshots;
import org.phaen.ui.navigator.PlanNavigator;
import org.phaen.ui.problems.PlanWorkspace;

/**
 * Compare With in the workbench: a revised copy of Phitsanulok's plan beside the original (Each Other, from the Plan
 * Navigator's selection), and a plan beside its last saved backup; the differences marked in both trees and listed,
 * a change copied to the other side as one command that Undo takes back, and Save writing only the file it changed.
 */
class PlanCompareTest {

    private static final String PLK62_03 = "91ea54bd-436f-497e-9877-f7a2bbc18609",
            PLK62_01 = "cbcb6ea0-5d03-48f7-a0f7-fc24f3e81380";
    private static final String ACTIVITY_A1 = "14295b93-db6e-461e-94d1-1904f9bdab5b",
            ACTIVITY_A2 = "2530f25a-2dc4-4c1b-afaf-286194ca3a9e";
    private static final String NEW_NAME = "โครงการสถานศึกษาสีขาว ฉบับปรับปรุง";

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        TestWorkbench.page().closeAllEditors(false);
        TestWorkbench.unlinkFrom(dir);
    }

    @Test
    void eachOtherMarksTheDifferencesAndCopiesOneAsOneUndoableCommand() throws Exception {
        Path original = SamplePlans.copyBoth(dir);
        Path revised = Files.copy(original, dir.resolve("phitsanulok-revised.phaen"));
        revise(revised);
        byte[] revisedBytes = Files.readAllBytes(revised);

        // Both files selected in the Plan Navigator; its context menu offers Compare With > Each Other.
        PlanNavigator navigator = (PlanNavigator) TestWorkbench.page().showView(PlanNavigator.ID);
        IFile left = PlanWorkspace.fileFor(original), right = PlanWorkspace.fileFor(revised);
        TestWorkbench.settle();
        navigator.viewer().setSelection(new StructuredSelection(List.of(left, right)));
        assertTrue(
                menuTexts(navigator).contains("เปรียบเทียบกับ"),
                "Compare With in the navigator's menu: " + menuTexts(navigator));
        navigator.getSite().getService(IHandlerService.class).executeCommand("org.phaen.compare.ui.eachOther", null);
        TestWorkbench.settle();
        PlanCompareEditor editor =
                assertInstanceOf(PlanCompareEditor.class, TestWorkbench.page().getActiveEditor());
        assertEquals(PlanCompareInput.eachOther(original, revised), editor.getEditorInput());

        List<Difference> rows = rows(editor);
        assertEquals(
                PlanDiff.compare(editor.plans().left(), editor.plans().right()).differences(), rows);
        assertTrue(
                kinds(rows)
                        .containsAll(List.of(
                                "CHANGED " + PLK62_03,
                                "MOVED " + ACTIVITY_A2,
                                "ADDED PLK62-99",
                                "REMOVED " + ACTIVITY_A1)),
                kinds(rows).toString());
        int count = rows.size();
        String changedRight = label(editor, false, PLK62_03);
        assertTrue(
                changedRight.contains(
                        "[แก้ไข ชื่อ: \"โครงการสถานศึกษาสีขาวปลอดยาเสพติดและอบายมุข\" → \"" + NEW_NAME + "\"]"),
                changedRight);
        // The list names the attribute as the Properties view does (its Thai label), never by its name in the model.
        List<String> changes = Arrays.stream(editor.differenceList().getTable().getItems())
                .map(item -> item.getText(2))
                .toList();
        assertTrue(
                changes.contains("ชื่อ: \"โครงการสถานศึกษาสีขาวปลอดยาเสพติดและอบายมุข\" → \"" + NEW_NAME + "\""),
                changes.toString());
        assertTrue(changes.stream().noneMatch(change -> change.startsWith("name:")), changes.toString());
        assertTrue(label(editor, true, ACTIVITY_A1).endsWith("[ลบ]"), label(editor, true, ACTIVITY_A1));
        assertTrue(
                label(editor, false, ACTIVITY_A2).contains("[ย้าย จาก โครงการ PLK62-03"),
                label(editor, false, ACTIVITY_A2));

        Difference renamed = rows.stream()
                .filter(d -> d instanceof Difference.Changed && d.uuid().equals(PLK62_03))
                .findFirst()
                .orElseThrow();
        editor.differenceList().setSelection(new StructuredSelection(renamed), true);
        TestWorkbench.settle();
        assertEquals(
                renamed,
                editor.differenceList().getStructuredSelection().getFirstElement(),
                "the trees follow the list, not back");
        screenshot(editor, "compare-each-other");

        // The name copied to the left: one command; Undo puts the old name back; Redo again.
        CommandStack stack = editor.plans().domain().getCommandStack();
        assertTrue(editor.copyButton(CopyDirection.NEW_TO_OLD).isEnabled());
        editor.copyButton(CopyDirection.NEW_TO_OLD).notifyListeners(SWT.Selection, null);
        TestWorkbench.settle();
        Project leftProject = (Project) element(editor.plans().left(), PLK62_03);
        assertEquals(NEW_NAME, leftProject.getName());
        assertEquals(count - 1, rows(editor).size());
        assertFalse(kinds(rows(editor)).contains("CHANGED " + PLK62_03));
        assertTrue(editor.isDirty());
        stack.undo();
        TestWorkbench.settle();
        assertEquals("โครงการสถานศึกษาสีขาวปลอดยาเสพติดและอบายมุข", leftProject.getName());
        assertEquals(rows, rows(editor));
        assertFalse(stack.canUndo(), "the copy was one command");
        stack.redo();
        TestWorkbench.settle();

        // The addition copied to the left too, then saved: only the left file is written.
        Difference added = rows(editor).stream()
                .filter(d -> d instanceof Difference.Added)
                .findFirst()
                .orElseThrow();
        assertTrue(editor.copy(added, CopyDirection.NEW_TO_OLD));
        TestWorkbench.settle();
        editor.doSave(null);
        assertFalse(editor.isDirty());
        String saved = Files.readString(original);
        assertTrue(saved.contains(NEW_NAME) && saved.contains("code=\"PLK62-99\""), "the left file has both copies");
        assertArrayEquals(revisedBytes, Files.readAllBytes(revised), "the right file is not written");
        assertEquals(count - 2, rows(editor).size());
        assertFalse(kinds(rows(editor)).contains("ADDED PLK62-99"));
    }

    @Test
    void lastSavedBackupIsShownOnTheLeftAndCopiedFromOnly() throws Exception {
        Path plan = SamplePlans.copyBoth(dir);
        revise(plan); // saved safely: the sample as it was is now the backup
        PlanNavigator navigator = (PlanNavigator) TestWorkbench.page().showView(PlanNavigator.ID);
        navigator.viewer().setSelection(new StructuredSelection(PlanWorkspace.fileFor(plan)));
        TestWorkbench.settle();
        navigator
                .getSite()
                .getService(IHandlerService.class)
                .executeCommand("org.phaen.compare.ui.lastSavedBackup", null);
        TestWorkbench.settle();
        PlanCompareEditor editor =
                assertInstanceOf(PlanCompareEditor.class, TestWorkbench.page().getActiveEditor());
        assertEquals(
                PlanCompareInput.withBackup(plan, plan.resolveSibling("phitsanulok-2562.phaen.bak")),
                editor.getEditorInput());
        List<Difference> rows = rows(editor);
        assertTrue(kinds(rows).contains("REMOVED " + ACTIVITY_A1), kinds(rows).toString());

        Difference removed = rows(editor).stream()
                .filter(d -> d instanceof Difference.Removed)
                .findFirst()
                .orElseThrow();
        editor.differenceList().setSelection(new StructuredSelection(removed), true);
        TestWorkbench.settle();
        assertFalse(editor.copyButton(CopyDirection.NEW_TO_OLD).isEnabled(), "the backup is never changed");
        assertTrue(editor.copyButton(CopyDirection.OLD_TO_NEW).isEnabled());
        screenshot(editor, "compare-backup");
        assertEquals(removed, editor.differenceList().getStructuredSelection().getFirstElement());
        editor.copyButton(CopyDirection.OLD_TO_NEW)
                .notifyListeners(SWT.Selection, null); // the deleted activity restored
        TestWorkbench.settle();
        assertInstanceOf(Activity.class, element(editor.plans().right(), ACTIVITY_A1));
        assertEquals(rows.size() - 1, rows(editor).size());
        PlanModel backupNow =
                PlanFiles.loadAs(PlanFiles.newResourceSet(), plan.resolveSibling("phitsanulok-2562.phaen.bak"), plan);
        assertTrue(
                PlanDiff.compare(backupNow, editor.plans().left()).isEmpty(),
                "the backup's side is as the file has it");
        editor.doSave(null);
        PlanModel reread = PlanFiles.load(PlanFiles.newResourceSet(), plan);
        assertInstanceOf(Activity.class, reread.eResource().getEObject(ACTIVITY_A1), "restored in the file");
    }

    /** The window at 1600 x 1000 with the comparison maximised, as a planner would look at it. */
    private static void screenshot(PlanCompareEditor editor, String name) throws Exception {
        TestWorkbench.page()
                .setPartState(TestWorkbench.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.resize(Screenshots.SIZES[0]);
        assertTrue(Screenshots.save(name) > 50, "a drawn window");
        TestWorkbench.page()
                .setPartState(TestWorkbench.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        TestWorkbench.settle();
    }

    /** A renamed project, a deleted activity, a moved one and a new project, saved with the safe save. */
    private static void revise(Path file) throws Exception {
        PlanModel model = PlanFiles.load(PlanFiles.newResourceSet(), file);
        Project project = (Project) element(model, PLK62_03);
        project.setName(NEW_NAME);
        EcoreUtil.delete(element(model, ACTIVITY_A1), true);
        ((Project) element(model, PLK62_01)).getActivities().add((Activity) element(model, ACTIVITY_A2));
        Project added = PhaenFactory.eINSTANCE.createProject();
        added.setCode("PLK62-99");
        added.setName("โครงการทดลองเปรียบเทียบ");
        ((ActionPlan) project.eContainer()).getProjects().add(added);
        PlanFiles.save(model);
    }

    private static EObject element(PlanModel model, String uuid) {
        return model.eResource().getEObject(uuid);
    }

    private static List<Difference> rows(PlanCompareEditor editor) {
        return Arrays.stream(editor.differenceList().getTable().getItems())
                .map(item -> (Difference) item.getData())
                .toList();
    }

    /** The tree label of the element on one side, found by revealing it. */
    private static String label(PlanCompareEditor editor, boolean leftSide, String uuid) {
        PlanModel model = leftSide ? editor.plans().left() : editor.plans().right();
        EObject element = element(model, uuid);
        editor.tree(leftSide).reveal(element);
        TreeItem item = (TreeItem) editor.tree(leftSide).testFindItem(element);
        assertNotNull(item, "a tree item for " + uuid);
        return item.getText();
    }

    /** Each difference as its kind and the element's UUID (an addition's by its code). */
    private static List<String> kinds(List<Difference> rows) {
        return rows.stream()
                .map(d -> d.kind() + " "
                        + (d instanceof Difference.Added added && added.element() instanceof Project p
                                ? p.getCode()
                                : d.uuid()))
                .toList();
    }

    private static List<String> menuTexts(PlanNavigator navigator) {
        Menu menu = navigator.viewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, null); // the menu fills itself as it opens
        List<String> texts =
                Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        menu.notifyListeners(SWT.Hide, null);
        return texts;
    }
}
