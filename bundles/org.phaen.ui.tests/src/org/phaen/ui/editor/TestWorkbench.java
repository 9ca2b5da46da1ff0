/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import java.nio.file.Path;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.phaen.testing.SamplePlans;
import org.phaen.ui.problems.PlanWorkspace;

/** The running workbench of a UI test: opening sample plans in the editor, and letting the UI catch up. */
public final class TestWorkbench {

    private TestWorkbench() {}

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Copies the two sample plans into {@code dir} and opens the provincial one. */
    public static PlanEditor openSample(Path dir) throws Exception {
        return open(copySample(dir));
    }

    /** Copies the two sample plans into {@code dir}; returns the provincial one. */
    public static Path copySample(Path dir) throws Exception {
        return SamplePlans.copyBoth(dir);
    }

    /** Opens a plan file in the plan editor, drawn and validated (its markers made). */
    public static PlanEditor open(Path plan) throws Exception {
        PlanEditor editor = openDrawn(plan);
        validated();
        return editor;
    }

    /** Opens a plan file in the plan editor and draws it, without waiting for its validation. */
    public static PlanEditor openDrawn(Path plan) throws Exception {
        PlanEditor editor = (PlanEditor)
                IDE.openEditorOnFileStore(page(), EFS.getLocalFileSystem().getStore(plan.toUri()));
        settle();
        return editor;
    }

    /** Waits for the editors' whole validations (background jobs) to end and their markers to be made. */
    public static void validated() throws InterruptedException {
        do {
            Job.getJobManager().join(WholeValidation.FAMILY, null);
            settle(); // the findings are taken on the UI thread, which may start the validation again
        } while (Job.getJobManager().find(WholeValidation.FAMILY).length > 0);
    }

    /**
     * Deletes the links the workbench made in the Plans project to plan files in {@code dir} (a test's temporary
     * folder) when it opened them: the links only, the files go with their folder. Left behind, they pile up in the
     * Plan Navigator as "phitsanulok-2562 (2).phaen", "(3)", ... and a dead one shadows a live one of the same name.
     */
    public static void unlinkFrom(Path dir) throws CoreException {
        Path folder = dir.toAbsolutePath().normalize();
        for (IResource member : PlanWorkspace.plansProject().members()) {
            if (member.isLinked()
                    && member.getLocation() != null
                    && member.getLocation()
                            .toFile()
                            .toPath()
                            .toAbsolutePath()
                            .normalize()
                            .startsWith(folder)) {
                member.delete(true, null);
            }
        }
    }

    /** Runs what the UI has queued (refreshes after model changes are posted asynchronously). */
    public static void settle() {
        Display display = Display.getCurrent();
        for (int round = 0; round < 5; round++) {
            while (display.readAndDispatch()) {
                // keep dispatching
            }
        }
    }
}
