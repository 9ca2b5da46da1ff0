/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.dnd.DND;
import org.junit.jupiter.api.Test;
import org.phaen.model.Goal;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;

/** What a drop in the tree does: a goal onto another issue moves there, undoably; a drop the model forbids is refused. */
class TreeDragAndDropTest extends SampleEditorTest {

    @Test
    void aGoalDroppedOnAnotherIssueMovesThereAndUndoBringsItBack() throws Exception {
        openSample();
        StrategicPlan plan = (StrategicPlan) editor.openPlan().model().getPlans().stream()
                .filter(StrategicPlan.class::isInstance)
                .findFirst()
                .orElseThrow();
        StrategicIssue from = plan.getStrategicIssues().get(0),
                to = plan.getStrategicIssues().get(1);
        Goal goal = from.getGoals().get(0);
        int before = to.getGoals().size();
        var domain = editor.getEditingDomain();

        Command drop = TreeDragAndDrop.command(domain, to, 0.5f, DND.DROP_MOVE, List.of(goal));
        assertTrue(drop.canExecute());
        domain.getCommandStack().execute(drop);
        assertEquals(to, goal.eContainer());
        assertEquals(before + 1, to.getGoals().size());
        assertTrue(editor.isDirty());
        domain.getCommandStack().undo();
        assertEquals(from, goal.eContainer());

        Command ontoItself = TreeDragAndDrop.command(domain, goal, 0.5f, DND.DROP_MOVE, List.of(goal));
        assertEquals(null, ontoItself, "nothing is dropped onto itself");
        Command issueIntoGoal = TreeDragAndDrop.command(domain, goal, 0.5f, DND.DROP_MOVE, List.of(to));
        assertFalse(issueIntoGoal != null && issueIntoGoal.canExecute(), "an issue cannot go inside a goal");
    }
}
