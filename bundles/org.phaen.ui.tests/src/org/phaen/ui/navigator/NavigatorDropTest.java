/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.navigator;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.ui.IFileEditorInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.phaen.model.Goal;
import org.phaen.model.Identified;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.ui.editor.SampleEditorTest;
import org.phaen.ui.editor.TestWorkbench;

/** Drops in the Plan Navigator change the plan in its editor, as one undoable command each. */
class NavigatorDropTest extends SampleEditorTest {

    private ITreeContentProvider content;
    private TreePath planPath;

    @BeforeEach
    void showNavigator() throws Exception {
        openSample();
        PlanNavigator navigator = (PlanNavigator) TestWorkbench.page().showView(PlanNavigator.ID);
        TestWorkbench.settle();
        content = (ITreeContentProvider) navigator.viewer().getContentProvider();
        IFile file = ((IFileEditorInput) editor.getEditorInput()).getFile();
        Object plan = Arrays.stream(content.getChildren(file))
                .filter(StrategicPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
        planPath = new TreePath(new Object[] {file.getProject(), file, plan});
    }

    @Test
    void aProjectDroppedOnAnotherStrategyNowCarriesItOut() {
        TreePath strategyPath = first(first(first(planPath, StrategicIssue.class), Goal.class), Strategy.class);
        TreePath projectPath = first(strategyPath, Project.class);
        Strategy other = (Strategy) first(first(second(planPath, StrategicIssue.class), Goal.class), Strategy.class)
                .getLastSegment();
        assertTrue(NavigatorDrop.allowed(projectPath, other));
        assertFalse(
                NavigatorDrop.allowed(projectPath, strategyPath.getParentPath().getLastSegment()),
                "a project is not dropped on a goal");

        assertDoesNotThrow(() -> assertTrue(NavigatorDrop.perform(TestWorkbench.page(), projectPath, other)));
        Project project = (Project) inEditor(projectPath.getLastSegment());
        List<String> strategies = project.getImplementsStrategies().stream()
                .map(Identified::getUuid)
                .toList();
        assertTrue(strategies.contains(other.getUuid()));
        assertFalse(
                strategies.contains(((Strategy) strategyPath.getLastSegment()).getUuid()),
                "no longer the strategy it was under");
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(project.getImplementsStrategies().stream()
                .map(Identified::getUuid)
                .toList()
                .contains(((Strategy) strategyPath.getLastSegment()).getUuid()));
    }

    @Test
    void aGoalDroppedOnAnotherIssueMovesThere() {
        TreePath goalPath = first(first(planPath, StrategicIssue.class), Goal.class);
        StrategicIssue otherIssue =
                (StrategicIssue) second(planPath, StrategicIssue.class).getLastSegment();
        assertDoesNotThrow(() -> assertTrue(NavigatorDrop.perform(TestWorkbench.page(), goalPath, otherIssue)));
        Goal goal = (Goal) inEditor(goalPath.getLastSegment());
        assertEquals(otherIssue.getUuid(), ((StrategicIssue) goal.eContainer()).getUuid());
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(
                ((StrategicIssue) goalPath.getParentPath().getLastSegment()).getUuid(),
                ((StrategicIssue) goal.eContainer()).getUuid());
    }

    private EObject inEditor(Object shown) {
        return editor.getEditingDomain()
                .getResourceSet()
                .getEObject(org.eclipse.emf.ecore.util.EcoreUtil.getURI((EObject) shown), true);
    }

    private TreePath first(TreePath parent, Class<?> type) {
        return nth(parent, type, 0);
    }

    private TreePath second(TreePath parent, Class<?> type) {
        return nth(parent, type, 1);
    }

    private TreePath nth(TreePath parent, Class<?> type, int n) {
        Object child = Arrays.stream(content.getChildren(parent.getLastSegment()))
                .filter(type::isInstance)
                .skip(n)
                .findFirst()
                .orElseThrow();
        return parent.createChildPath(child);
    }
}
