/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.compare.Difference;
import org.phaen.compare.edit.CopyDirection;
import org.phaen.compare.ui.PlanCompareEditor;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.resource.PlanFiles;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.look.Screenshots;
import org.phaen.ui.navigator.PlanNavigator;
import org.phaen.ui.problems.PlanWorkspace;

/**
 * Compare With on a plan that is open, with unsaved edits, in the plan editor: the user is asked first; Cancel leaves
 * the editor and its edit as they were and compares nothing; Yes saves the edit, closes the editor and compares the
 * saved file, so the comparison neither misses the edit nor has it overwritten later by the editor.
 */
class CompareOpenPlanTest {

    private static final String PLK62_03 = "91ea54bd-436f-497e-9877-f7a2bbc18609";
    private static final String EDITED = "โครงการสถานศึกษาสีขาว แก้ไขในตัวแก้ไขแผน";

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        TestWorkbench.page().closeAllEditors(false);
        for (String name : new String[] {"phitsanulok-2562.phaen", "phitsanulok-copy.phaen"}) {
            for (IFile linked : ResourcesPlugin.getWorkspace()
                    .getRoot()
                    .findFilesForLocationURI(dir.resolve(name).toUri())) {
                linked.delete(true, null);
            }
        }
    }

    @Test
    void aPlanOpenWithUnsavedEditsIsSavedAndClosedOnlyWhenTheUserAgrees() throws Exception {
        PlanEditor planEditor = TestWorkbench.openSample(dir);
        Path plan = dir.resolve("phitsanulok-2562.phaen");
        Path copy = Files.copy(plan, dir.resolve("phitsanulok-copy.phaen"));
        Project project = (Project) planEditor.openPlan().model().eResource().getEObject(PLK62_03);
        planEditor
                .getEditingDomain()
                .getCommandStack()
                .execute(SetCommand.create(
                        planEditor.getEditingDomain(), project, PhaenPackage.Literals.NAMED__NAME, EDITED));
        assertTrue(planEditor.isDirty());
        byte[] before = Files.readAllBytes(plan);

        List<String> asked = new ArrayList<>();
        compareAnswering(copy, plan, IDialogConstants.NO_LABEL, asked);
        assertEquals(1, asked.size(), "asked once: " + asked);
        assertFalse(asked.get(0).contains("(no button"), "answered with its button: " + asked);
        assertTrue(
                asked.get(0).contains("phitsanulok-2562.phaen") && asked.get(0).contains("ยังไม่ได้บันทึก"),
                asked.get(0));
        assertFalse(TestWorkbench.page().getActiveEditor() instanceof PlanCompareEditor, "cancelled: nothing compared");
        assertTrue(planEditor.isDirty(), "cancelled: the edit is still there, unsaved");
        assertEquals(TestWorkbench.page().getActiveEditor(), planEditor);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(plan)), "cancelled: the file is untouched");

        asked.clear();
        compareAnswering(copy, plan, IDialogConstants.YES_LABEL, asked);
        assertEquals(1, asked.size(), "asked once: " + asked);
        assertFalse(asked.get(0).contains("(no button"), "answered with its button: " + asked);
        assertTrue(Files.readString(plan).contains(EDITED), "the edit was saved before comparing; asked: " + asked);
        assertTrue(
                java.util.Arrays.stream(TestWorkbench.page().getEditorReferences())
                        .noneMatch(reference -> reference.getEditor(false) instanceof PlanEditor),
                "the plan editor was closed");
        PlanCompareEditor comparison =
                assertInstanceOf(PlanCompareEditor.class, TestWorkbench.page().getActiveEditor());
        List<Difference> rows = java.util.Arrays.stream(
                        comparison.differenceList().getTable().getItems())
                .map(item -> (Difference) item.getData())
                .toList();
        assertTrue(
                rows.stream()
                        .anyMatch(d -> d instanceof Difference.Changed changed
                                && changed.uuid().equals(PLK62_03)
                                && (EDITED.equals(changed.oldValue()) || EDITED.equals(changed.newValue()))),
                "the comparison shows the edit made in the plan editor (on the side its file is on): " + rows);
    }

    /**
     * The reverse: a file a comparison holds, with a change copied into it and not saved, opened in the plan editor. The
     * user is asked first; No opens no plan editor and leaves the comparison and its copied change as they were; Yes
     * saves the comparison, closes it and opens the saved file, so the plan editor has the copied change and no
     * comparison is left to write over the plan editor's later saves.
     */
    @Test
    void aFileInAComparisonOpensInThePlanEditorOnlyOnceTheComparisonHasSavedAndClosed() throws Exception {
        Path plan = TestWorkbench.copySample(dir);
        Path copy = Files.copy(plan, dir.resolve("phitsanulok-copy.phaen"));
        PlanModel copied = PlanFiles.load(PlanFiles.newResourceSet(), copy);
        ((Project) copied.eResource().getEObject(PLK62_03)).setName(EDITED);
        PlanFiles.save(copied);
        List<String> asked = new ArrayList<>();
        compareAnswering(plan, copy, IDialogConstants.NO_LABEL, asked);
        assertEquals(List.of(), asked, "no plan editor open: nothing to ask");
        PlanCompareEditor comparison =
                assertInstanceOf(PlanCompareEditor.class, TestWorkbench.page().getActiveEditor());
        Difference renamed = java.util.Arrays.stream(
                        comparison.differenceList().getTable().getItems())
                .map(item -> (Difference) item.getData())
                .filter(d -> d instanceof Difference.Changed && d.uuid().equals(PLK62_03))
                .findFirst()
                .orElseThrow();
        assertTrue(comparison.copy(renamed, CopyDirection.NEW_TO_OLD), "the new name copied to the left file");
        TestWorkbench.settle();
        assertTrue(comparison.isDirty());
        byte[] before = Files.readAllBytes(plan);

        answering(IDialogConstants.NO_LABEL, asked, () -> openInPlanEditor(plan), "open-held-by-comparison-th");
        assertEquals(1, asked.size(), "asked once: " + asked);
        assertTrue(
                asked.get(0).contains("phitsanulok-2562.phaen") && asked.get(0).contains("ยังไม่ได้บันทึก"),
                asked.get(0));
        assertTrue(planEditors().isEmpty(), "declined: no plan editor holds the file");
        assertEquals(
                1,
                TestWorkbench.page().getEditorReferences().length,
                "declined: the comparison is the only editor, no tab left behind");
        assertTrue(comparison.isDirty(), "declined: the copied change is still in the comparison, unsaved");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(plan)), "declined: the file is untouched");
        TestWorkbench.page().activate(comparison);

        asked.clear();
        answering(IDialogConstants.YES_LABEL, asked, () -> openInPlanEditor(plan), null);
        assertEquals(1, asked.size(), "asked once: " + asked);
        assertFalse(asked.get(0).contains("(no button"), "answered with its button: " + asked);
        assertTrue(Files.readString(plan).contains(EDITED), "the comparison saved the copied change first");
        assertTrue(
                java.util.Arrays.stream(TestWorkbench.page().getEditorReferences())
                        .noneMatch(reference -> reference.getEditor(false) instanceof PlanCompareEditor),
                "the comparison was closed");
        List<PlanEditor> editors = planEditors();
        assertEquals(1, editors.size());
        Project project =
                (Project) editors.get(0).openPlan().model().eResource().getEObject(PLK62_03);
        assertEquals(EDITED, project.getName(), "the plan editor opened the file with the copied change");
    }

    private static void openInPlanEditor(Path plan) {
        try {
            IDE.openEditorOnFileStore(
                    TestWorkbench.page(), EFS.getLocalFileSystem().getStore(plan.toUri()));
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        TestWorkbench.settle();
    }

    private static List<PlanEditor> planEditors() {
        return java.util.Arrays.stream(TestWorkbench.page().getEditorReferences())
                .map(reference -> reference.getEditor(false))
                .filter(PlanEditor.class::isInstance)
                .map(PlanEditor.class::cast)
                .toList();
    }

    /** Compare With > Each Other on the two files, answering the question (if one is asked) with the button labelled so. */
    private void compareAnswering(Path left, Path right, String answer, List<String> asked) throws Exception {
        PlanNavigator navigator = (PlanNavigator) TestWorkbench.page().showView(PlanNavigator.ID);
        List<IFile> files = List.of(PlanWorkspace.fileFor(left), PlanWorkspace.fileFor(right));
        TestWorkbench.settle(); // the navigator shows the files' links before they can be selected
        navigator.viewer().setSelection(new StructuredSelection(files));
        assertEquals(2, navigator.viewer().getStructuredSelection().size(), "both files selected");
        answering(
                answer,
                asked,
                () -> {
                    try {
                        navigator
                                .getSite()
                                .getService(IHandlerService.class)
                                .executeCommand("org.phaen.compare.ui.eachOther", null);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                null);
    }

    /**
     * Runs the action, answering the question it asks (if one) with the button labelled so; notes what was asked and
     * saves a screenshot of the question under the name given (none when null).
     */
    private static void answering(String answer, List<String> asked, Runnable action, String screenshot) {
        Display display = Display.getCurrent();
        int[] tries = {0};
        Runnable[] answerer = new Runnable[1];
        answerer[0] = () -> {
            Shell shell = display.getActiveShell();
            if (shell == null || !(shell.getData() instanceof Dialog)) {
                if (++tries[0] < 300) {
                    display.timerExec(100, answerer[0]); // the question is not up yet
                }
                return;
            }
            Button button = button(shell, answer);
            if (screenshot != null) {
                try {
                    Screenshots.save(shell, screenshot);
                } catch (java.io.IOException e) {
                    asked.add("(no screenshot: " + e.getMessage() + ")");
                }
            }
            asked.add(shell.getText() + ": " + text(shell) + (button == null ? " (no button '" + answer + "')" : ""));
            if (button != null) {
                button.notifyListeners(SWT.Selection, null);
            } else {
                shell.close(); // another dialog than the question: closed so that the test fails instead of waiting
            }
        };
        display.timerExec(100, answerer[0]);
        action.run();
        display.timerExec(-1, answerer[0]);
        TestWorkbench.settle();
    }

    private static Button button(Control control, String label) {
        if (control instanceof Button button
                && label.replace("&", "").equals(button.getText().replace("&", ""))) {
            return button;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                Button found = button(child, label);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(Control control) {
        StringBuilder all = new StringBuilder();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            all.append(label.getText());
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                all.append(text(child));
            }
        }
        return all.toString();
    }
}
