/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.identity;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.identity.IdentityFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Activity;
import org.phaen.model.Measure;
import org.phaen.model.Mission;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class PlanElementHasCodeTest {

    private final PlanElementHasCode rule = new PlanElementHasCode();

    @Test
    void codedElementsPassAndOtherKindsNeedNoCode() {
        Plan plan = new Plan();
        Mission mission = named(F.createMission(), null, "พันธกิจ");
        plan.plan.getMissions().add(mission);
        Measure measure = named(F.createMeasure(), null, "มาตรการ");
        plan.strategy.getMeasures().add(measure);
        Activity activity = named(F.createActivity(), null, "อบรมครู");
        plan.project.getActivities().add(activity);
        plan.plan.setCode(null);
        assertEquals(List.of(), RuleTester.run(rule, plan.model));
    }

    @Test
    void eachPlanElementWithoutCodeIsAWarning() {
        Plan plan = new Plan();
        plan.issue.setCode(null);
        plan.goal.setCode("");
        plan.indicator.setCode("  ");
        plan.strategy.setCode(null);
        plan.project.setCode(null);
        List<Finding> findings = RuleTester.run(rule, plan.model);
        assertEquals(
                List.of(plan.issue, plan.goal, plan.indicator, plan.strategy, plan.project),
                findings.stream().map(Finding::element).toList());
        assertFinding(
                findings.get(0),
                plan.issue,
                Severity.WARNING,
                "Strategic issue \"คุณภาพผู้เรียน\" has no code.",
                "ประเด็นยุทธศาสตร์ \"คุณภาพผู้เรียน\" ยังไม่มีรหัส");
        assertEquals(
                List.of(
                        "Strategic issue \"คุณภาพผู้เรียน\"",
                        "Goal \"ผู้เรียนอ่านออกเขียนได้\"",
                        "Indicator \"ร้อยละของนักเรียนที่อ่านออก\"",
                        "Strategy \"ส่งเสริมการอ่าน\"",
                        "Project \"โครงการรักการอ่าน\""),
                findings.stream()
                        .map(f -> f.message(Language.EN).replace(" has no code.", ""))
                        .toList());
        assertEquals(
                List.of("ประเด็นยุทธศาสตร์", "เป้าประสงค์", "ตัวชี้วัด", "กลยุทธ์", "โครงการ"),
                findings.stream()
                        .map(f -> f.message(Language.TH)
                                .substring(0, f.message(Language.TH).indexOf(" \"")))
                        .toList());
    }
}
