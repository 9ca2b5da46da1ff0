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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaen.model.PlanLevel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.Severity;

class RegionalPlanTracesToHigherPlanTest {

    private final RegionalPlanTracesToHigherPlan rule = new RegionalPlanTracesToHigherPlan();

    @Test
    void aStrategyTracesUpThroughItsAlignedIssue() {
        Cascade plans = new Cascade();
        assertTrue(plans.regionalStrategy.getAlignments().isEmpty(), "only the issue is aligned");
        assertEquals(List.of(), plans.run(rule));
    }

    @Test
    void anUnalignedIssueIsAnErrorAndItsStrategiesNameIt() {
        Cascade plans = new Cascade();
        plans.regionalIssue.getAlignments().clear();
        List<Finding> findings = plans.run(rule);
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                plans.regionalIssue,
                Severity.ERROR,
                "Strategic issue R-1 \"คุณภาพการศึกษา\" of the regional strategic plan is aligned to no higher plan (national strategy,"
                        + " master plan, national reform plan, NESDP, government policy, ministry policy or ministry plan).",
                "ประเด็นยุทธศาสตร์ R-1 \"คุณภาพการศึกษา\" ของแผนยุทธศาสตร์ระดับภาค ยังไม่ได้เชื่อมโยงกับแผนระดับที่สูงกว่า (ยุทธศาสตร์ชาติ"
                        + " แผนแม่บท แผนการปฏิรูปประเทศ แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ นโยบายรัฐบาล นโยบายกระทรวง หรือแผนระดับกระทรวง)");
        assertFinding(
                findings.get(1),
                plans.regionalStrategy,
                Severity.ERROR,
                "Strategy R-S1 \"พัฒนาครู\" of the regional strategic plan does not trace up to a higher plan: strategy R-S1 \"พัฒนาครู\""
                        + " belongs to strategic issue R-1 \"คุณภาพการศึกษา\" of the regional strategic plan, which is aligned to nothing.",
                "กลยุทธ์ R-S1 \"พัฒนาครู\" ของแผนยุทธศาสตร์ระดับภาค เชื่อมโยงไม่ถึงแผนระดับที่สูงกว่า เนื่องจากกลยุทธ์ R-S1 \"พัฒนาครู\""
                        + " อยู่ภายใต้ประเด็นยุทธศาสตร์ R-1 \"คุณภาพการศึกษา\" ของแผนยุทธศาสตร์ระดับภาค ซึ่งไม่ได้เชื่อมโยงกับองค์ประกอบใดต่อ");
    }

    @Test
    void aStrategyAlignedOnItsOwnPassesUnderAnUnalignedIssue() {
        Cascade plans = new Cascade();
        plans.regionalIssue.getAlignments().clear();
        supports(plans.regionalStrategy, plans.nationalIssue);
        List<Finding> findings = plans.run(rule);
        assertEquals(
                List.of(plans.regionalIssue),
                findings.stream().map(Finding::element).toList());
    }

    @Test
    void anAlignmentToAnotherRegionalPlanMustLeadOnUpwards() {
        Cascade plans = new Cascade();
        StrategicPlan neighbour =
                strategicPlan(plans.region, PlanLevel.REGIONAL_STRATEGIC_PLAN, "REG2", "แผนยุทธศาสตร์ภาคข้างเคียง");
        StrategicIssue neighbourIssue = issue(neighbour, "R2-1", "การศึกษาตลอดชีวิต");
        plans.regionalIssue.getAlignments().get(0).setTarget(neighbourIssue);
        List<Finding> findings = plans.run(rule);
        assertEquals(
                List.of(plans.regionalIssue, plans.regionalStrategy, neighbourIssue),
                findings.stream().map(Finding::element).toList());
        assertEquals(
                "Strategic issue R-1 \"คุณภาพการศึกษา\" of the regional strategic plan does not trace up to a higher plan:"
                        + " strategic issue R-1 \"คุณภาพการศึกษา\" is aligned to strategic issue R2-1 \"การศึกษาตลอดชีวิต\" of the regional strategic plan,"
                        + " which is aligned to nothing.",
                findings.get(0).message(Language.EN));

        supports(neighbourIssue, plans.regionalIssue);
        findings = plans.run(rule);
        assertEquals(3, findings.size());
        assertTrue(
                findings.get(0)
                        .message(Language.EN)
                        .endsWith("which leads back to an element already on the chain,"
                                + " in a circle that never reaches a higher plan."),
                findings.get(0).message(Language.EN));
        assertTrue(
                findings.get(0).message(Language.TH).contains("วนกลับ"),
                findings.get(0).message(Language.TH));

        supports(neighbourIssue, plans.nationalIssue);
        assertEquals(List.of(), plans.run(rule), "the circle is harmless once one of its elements leads up");
    }

    @Test
    void unaligningAnIssueRechecksItsStrategies() {
        Cascade plans = new Cascade();
        LiveValidation live = plans.live(rule);
        plans.regionalIssue.getAlignments().clear();
        assertEquals(Set.of(plans.regionalIssue, plans.regionalStrategy), live.revalidate());
        assertEquals(1, live.findingsOf(plans.regionalStrategy).size());
        supports(plans.regionalIssue, plans.nationalIssue);
        assertEquals(Set.of(plans.regionalIssue, plans.regionalStrategy), live.revalidate());
        assertEquals(List.of(), live.report().findings());
        live.dispose();
    }

    @Test
    void provincialAndNationalElementsAreNotChecked() {
        Cascade plans = new Cascade();
        plans.provincialIssue.getAlignments().clear();
        plans.provincialStrategy.getAlignments().clear();
        assertEquals(List.of(), plans.run(rule));
    }
}
