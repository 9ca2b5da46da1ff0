/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.alignment;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.alignment.AlignmentFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Goal;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.Severity;

class GoalServedByStrategyTest {

    private final GoalServedByStrategy rule = new GoalServedByStrategy();

    @Test
    void goalsServedByAStrategyPass() {
        assertEquals(List.of(), new Cascade().run(rule));
    }

    @Test
    void aGoalNoStrategyServesIsAWarning() {
        Cascade plans = new Cascade();
        Goal orphan = goal(plans.provincialIssue, "P-G2", "ครูจัดการเรียนรู้เชิงรุก");
        assertOnlyFinding(
                plans.run(rule),
                orphan,
                Severity.WARNING,
                "Goal P-G2 \"ครูจัดการเรียนรู้เชิงรุก\" is served by no strategy.",
                "เป้าประสงค์ P-G2 \"ครูจัดการเรียนรู้เชิงรุก\" ยังไม่มีกลยุทธ์ใดรองรับ");
    }

    @Test
    void aGoalServedFromAnotherFileIsServed() {
        Cascade plans = new Cascade();
        plans.regionalStrategy.getServesGoals().clear();
        plans.provincialStrategy.getServesGoals().add(plans.regionalGoal); // PH-ALN-002's business, not this rule's
        assertEquals(List.of(), plans.run(rule));
    }

    @Test
    void relinkingTheOnlyStrategyServingAGoalOrphansItInLiveValidation() {
        Cascade plans = new Cascade();
        Goal other = goal(plans.provincialIssue, "P-G2", "ครูจัดการเรียนรู้เชิงรุก");
        plans.provincialStrategy.getServesGoals().add(other);
        LiveValidation live = plans.live(rule);

        plans.provincialStrategy.getServesGoals().remove(plans.provincialGoal);
        live.revalidate();
        assertEquals(
                1,
                live.findingsOf(plans.provincialGoal).size(),
                "the goal left behind is rechecked, though the strategy was edited");

        plans.provincialStrategy.getServesGoals().add(plans.provincialGoal);
        live.revalidate();
        assertEquals(List.of(), live.findingsOf(plans.provincialGoal));
        live.dispose();
    }
}
