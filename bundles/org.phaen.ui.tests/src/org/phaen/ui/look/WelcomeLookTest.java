/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.Test;
import org.phaen.testing.SamplePlans;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.navigator.PlanNavigator;
import org.phaen.ui.problems.PlanWorkspace;
import org.phaen.ui.welcome.Welcome;
import org.phaen.ui.welcome.WelcomeEditor;

/**
 * First start: the welcome page in the editor area (the test workbench's workspace is new, so it was opened at
 * start), its link opening a sample plan, and the Plan Navigator open on the plan files of the Plans project.
 */
class WelcomeLookTest {

    @Test
    void theWelcomePageOpensOnFirstStartAndItsLinkOpensTheSample() throws Exception {
        boolean openedAtStart = false;
        for (IEditorReference reference : TestWorkbench.page().getEditorReferences()) {
            openedAtStart |= WelcomeEditor.ID.equals(reference.getId());
        }
        assertTrue(openedAtStart, "the welcome page opened on the workspace's first start");
        WelcomeEditor welcome = Welcome.show(TestWorkbench.page());
        PlanNavigator navigator = (PlanNavigator) TestWorkbench.page().showView(PlanNavigator.ID);
        Path models = SamplePlans.models();
        Path copy = Files.createTempDirectory("welcome").resolve("phitsanulok-2562.phaen");
        Files.copy(models.resolve("phitsanulok-2562.phaen"), copy);
        IFile linked = PlanWorkspace.fileFor(copy); // as the workbench links a plan named on its command line
        TestWorkbench.settle();
        for (Rectangle size : Screenshots.SIZES) {
            Screenshots.resize(size);
            TestWorkbench.page().activate(welcome);
            assertTrue(Screenshots.save("welcome-th") > 30, "a drawn welcome page");
        }
        TreeItem project = Arrays.stream(navigator.viewer().getTree().getItems())
                .filter(item -> linked.getProject().equals(item.getData()))
                .findFirst()
                .orElseThrow();
        assertTrue(project.getExpanded(), "the Plans project is shown open");
        assertTrue(
                project.getItemCount() > 0 && project.getItem(0).getData() instanceof IResource, "on its plan files");

        welcome.follow("open:" + linked.getName());
        TestWorkbench.settle();
        IEditorPart active = TestWorkbench.page().getActiveEditor();
        assertNotNull(active);
        assertEquals(PlanEditor.class, active.getClass(), "the link opened the plan in the plan editor");
        TestWorkbench.page().closeEditor(active, false);
        TestWorkbench.page().closeEditor(welcome, false);
        linked.delete(true, null); // the link only, not the copy: it would outlive the copy's folder
    }
}
