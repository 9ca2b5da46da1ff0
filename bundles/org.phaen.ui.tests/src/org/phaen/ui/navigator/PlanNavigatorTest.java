/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.phaen.model.Goal;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.ui.editor.PlanEditor;
import org.phaen.ui.editor.TestWorkbench;
import org.phaen.ui.problems.PlanWorkspace;

/** The Plan Navigator lists the opened plan under the Plans project, walks issue, goal, strategy, project, and opens an element. */
class PlanNavigatorTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        TestWorkbench.page().closeAllEditors(false);
        TestWorkbench.unlinkFrom(dir);
    }

    @Test
    void fromTheFileDownToAProjectAndBackIntoTheEditor() throws Exception {
        PlanEditor opened = TestWorkbench.openSample(dir);
        PlanNavigator navigator = (PlanNavigator) TestWorkbench.page().showView(PlanNavigator.ID);
        TestWorkbench.settle();
        ITreeContentProvider content = (ITreeContentProvider) navigator.viewer().getContentProvider();
        IProject plans = PlanWorkspace.plansProject();
        assertTrue(Arrays.asList(content.getElements(plans.getWorkspace().getRoot()))
                .contains(plans));
        // The Plans project shows Phaen's icon (the platform's project icon is the IDE advisor's, absent here).
        TreeItem plansItem = (TreeItem) navigator.viewer().testFindItem(plans);
        assertNotNull(plansItem.getImage(), "the Plans project has an icon");
        assertEquals(16, plansItem.getImage().getBounds().width);
        for (String icon : List.of("icons/plans.png:16", "icons/plans@2x.png:32")) {
            String[] nameAndSize = icon.split(":");
            try (InputStream in = FrameworkUtil.getBundle(PlanNavigator.class)
                    .getEntry(nameAndSize[0])
                    .openStream()) {
                assertEquals(Integer.parseInt(nameAndSize[1]), new ImageData(in).width, icon);
            }
        }
        IFile file = ((IFileEditorInput) opened.getEditorInput()).getFile();
        assertTrue(
                Arrays.asList(content.getChildren(plans)).contains(file),
                "the opened plan is linked into the Plans project");
        StrategicPlan plan = (StrategicPlan) Arrays.stream(content.getChildren(file))
                .filter(StrategicPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
        StrategicIssue issue = (StrategicIssue) content.getChildren(plan)[0];
        Goal goal = (Goal) Arrays.stream(content.getChildren(issue))
                .filter(Goal.class::isInstance)
                .findFirst()
                .orElseThrow();
        Strategy strategy =
                (Strategy) Arrays.stream(content.getChildren(goal)).findFirst().orElseThrow();
        assertTrue(strategy.getServesGoals().contains(goal));
        Project project = (Project)
                Arrays.stream(content.getChildren(strategy)).findFirst().orElseThrow();
        assertTrue(project.getImplementsStrategies().contains(strategy));

        navigator.open(project);
        TestWorkbench.settle();
        IEditorPart active = TestWorkbench.page().getActiveEditor();
        assertSame(opened, active, "the plan's open editor is reused, not a second one");
        Object selected = opened.selection().getFirstElement();
        assertEquals(project.getUuid(), ((Project) selected).getUuid());
    }
}
