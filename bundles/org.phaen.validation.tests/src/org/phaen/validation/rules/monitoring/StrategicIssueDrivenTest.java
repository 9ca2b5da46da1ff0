/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.DriveActivity;
import org.phaen.model.DriveActivityKind;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.Fixtures;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class StrategicIssueDrivenTest {

    private static final String ISSUE = "I1 \"พัฒนาคุณภาพผู้เรียน\"";

    private final PlanModel model = F.createPlanModel();

    @Test
    void anIssueNoCommunicationOrReviewIsAboutIsAWarning() {
        StrategicIssue issue = issue(plan(PlanLevel.REGIONAL_STRATEGIC_PLAN));
        activity(DriveActivityKind.PUBLICITY, issue); // publicity and briefings do not count
        activity(DriveActivityKind.BRIEFING_MEETING, issue.getStrategies().get(0));
        assertOnlyFinding(
                RuleTester.run(new StrategicIssueDriven(), model),
                issue,
                Severity.WARNING,
                "Strategic issue " + ISSUE
                        + " is not the subject of any communication or review meeting (nor are its goals or"
                        + " strategies).",
                "ประเด็นยุทธศาสตร์ " + ISSUE + " (รวมทั้งเป้าประสงค์และกลยุทธ์ของประเด็นนี้)"
                        + " ยังไม่มีการสื่อสารถ่ายทอดหรือการประชุมทบทวนผลการดำเนินงาน");
    }

    @Test
    void anIssueWhoseGoalOrStrategyIsReviewedPasses() {
        StrategicIssue regional = issue(plan(PlanLevel.REGIONAL_STRATEGIC_PLAN));
        StrategicIssue provincial = issue(plan(PlanLevel.PROVINCIAL_EDUCATION_PLAN));
        StrategicIssue communicated = issue(plan(PlanLevel.PROVINCIAL_EDUCATION_PLAN));
        activity(
                DriveActivityKind.REVIEW_MEETING,
                regional.getStrategies().get(0),
                provincial.getGoals().get(0));
        activity(DriveActivityKind.COMMUNICATION, communicated);
        issue(plan(PlanLevel.NATIONAL_STRATEGY)); // other levels are driven elsewhere
        assertEquals(List.of(), RuleTester.run(new StrategicIssueDriven(), model));
    }

    @Test
    void relatingAReviewToAStrategyRechecksItsIssue() {
        StrategicIssue issue = issue(plan(PlanLevel.REGIONAL_STRATEGIC_PLAN));
        DriveActivity review = activity(DriveActivityKind.REVIEW_MEETING);
        LiveValidation live = RuleTester.live(new StrategicIssueDriven(), model);
        assertEquals(1, live.start().findings().size());

        review.getRelatedElements().add(issue.getStrategies().get(0));
        live.revalidate();
        assertTrue(live.findingsOf(issue).isEmpty());

        review.setKind(DriveActivityKind.PUBLICITY);
        live.revalidate();
        assertEquals(1, live.findingsOf(issue).size());
        live.dispose();
    }

    private StrategicPlan plan(PlanLevel level) {
        return strategicPlan(model, level, null, "แผนยุทธศาสตร์");
    }

    /** Issue I1 with a goal and a strategy. */
    private static StrategicIssue issue(StrategicPlan plan) {
        StrategicIssue issue = Fixtures.issue(plan, "I1", "พัฒนาคุณภาพผู้เรียน");
        goal(issue, null, "ผู้เรียนมีคุณภาพ");
        strategy(issue, null, "ส่งเสริมการอ่าน");
        return issue;
    }

    private DriveActivity activity(DriveActivityKind kind, PlanElement... about) {
        DriveActivity activity = F.createDriveActivity();
        activity.setName("ประชุมทบทวนผลการดำเนินงาน");
        activity.setKind(kind);
        activity.getRelatedElements().addAll(List.of(about));
        model.getDriveActivities().add(activity);
        return activity;
    }
}
