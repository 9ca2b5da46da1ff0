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
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;
import org.phaen.validation.Finding;
import org.phaen.validation.Severity;

class StrategyServesOwnIssueGoalsTest {

    private final StrategyServesOwnIssueGoals rule = new StrategyServesOwnIssueGoals();

    @Test
    void strategiesServingGoalsOfTheirOwnIssuePass() {
        Cascade plans = new Cascade();
        plans.provincialStrategy.getServesGoals().add(goal(plans.provincialIssue, "P-G2", "ครูจัดการเรียนรู้เชิงรุก"));
        assertEquals(List.of(), plans.run(rule));
    }

    @Test
    void aStrategyServingNoGoalIsAnError() {
        Cascade plans = new Cascade();
        plans.provincialStrategy.getServesGoals().clear();
        assertOnlyFinding(
                plans.run(rule),
                plans.provincialStrategy,
                Severity.ERROR,
                "Strategy P-S1 \"ส่งเสริมการอ่าน\" serves no goal.",
                "กลยุทธ์ P-S1 \"ส่งเสริมการอ่าน\" ยังไม่ได้ระบุเป้าประสงค์ที่กลยุทธ์นี้มุ่งบรรลุ");
    }

    @Test
    void eachGoalOfAnotherIssueIsReported() {
        Cascade plans = new Cascade();
        StrategicIssue other = issue(plans.provincial, "P-2", "โอกาสทางการศึกษา");
        Goal foreign = goal(other, "P-G2.1", "เด็กนอกระบบได้เรียน");
        Strategy strategy = plans.provincialStrategy;
        strategy.getServesGoals().add(foreign);
        strategy.getServesGoals().add(plans.regionalGoal);
        List<Finding> findings = plans.run(rule);
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                strategy,
                Severity.ERROR,
                "Strategy P-S1 \"ส่งเสริมการอ่าน\" serves goal P-G2.1 \"เด็กนอกระบบได้เรียน\" of strategic issue P-2 \"โอกาสทางการศึกษา\","
                        + " which is not its own strategic issue P-1 \"คุณภาพผู้เรียน\".",
                "กลยุทธ์ P-S1 \"ส่งเสริมการอ่าน\" ระบุเป้าประสงค์ P-G2.1 \"เด็กนอกระบบได้เรียน\" ซึ่งอยู่ในประเด็นยุทธศาสตร์"
                        + " P-2 \"โอกาสทางการศึกษา\" ไม่ใช่ประเด็นยุทธศาสตร์ P-1 \"คุณภาพผู้เรียน\" ที่กลยุทธ์นี้สังกัด");
        assertTrue(
                findings.get(1)
                        .message(org.phaen.validation.Language.EN)
                        .contains("goal R-G1 \"ผู้เรียนมีคุณภาพ\" of strategic issue R-1"),
                "a goal of another file's issue is foreign too: "
                        + findings.get(1).message(org.phaen.validation.Language.EN));
    }
}
