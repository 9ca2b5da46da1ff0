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
import org.phaen.model.ActionPlan;
import org.phaen.model.Strategy;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.Severity;

class StrategyCoveredByProjectsTest {

    private final StrategyCoveredByProjects rule = new StrategyCoveredByProjects();

    @Test
    void strategiesCarriedOutDirectlyOrThroughLowerStrategiesPass() {
        assertEquals(List.of(), new Cascade().run(rule), "P-S1 by PJ-1, regional R-S1 through P-S1");
    }

    @Test
    void aProvincialStrategyWithoutAProjectThatYearIsReported() {
        Cascade plans = new Cascade();
        Strategy idle = strategy(plans.provincialIssue, "P-S2", "ส่งเสริมการเขียน", plans.provincialGoal);
        supports(idle, plans.regionalStrategy);
        assertOnlyFinding(
                plans.run(rule),
                idle,
                Severity.WARNING,
                "No project of an action plan for fiscal year B.E. 2562 carries out strategy P-S2 \"ส่งเสริมการเขียน\","
                        + " neither directly nor through a lower plan's strategy aligned to it.",
                "ยังไม่มีโครงการในแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2562 ที่ดำเนินการตามกลยุทธ์ P-S2 \"ส่งเสริมการเขียน\""
                        + " ทั้งโดยตรงและผ่านกลยุทธ์ของแผนระดับล่างที่เชื่อมโยงกับกลยุทธ์นี้");
    }

    @Test
    void aRegionalStrategyCountsEveryLoadedActionPlanOfItsPeriod() {
        Cascade plans = new Cascade();
        Strategy regionalOnly = strategy(plans.regionalIssue, "R-S2", "พัฒนาผู้บริหาร", plans.regionalGoal);
        List<Finding> findings = plans.run(rule);
        assertEquals(
                List.of(regionalOnly), findings.stream().map(Finding::element).toList());
        assertTrue(findings.get(0).message(Language.EN).contains("fiscal year B.E. 2562"));

        ActionPlan agencyPlan = actionPlan(plans.province, "OBEC-AP", 2562, null);
        project(agencyPlan, "OBEC-1", "โครงการพัฒนาผู้บริหารสถานศึกษา", regionalOnly);
        assertEquals(
                List.of(), plans.run(rule), "a project of any action plan of the year carries a regional strategy out");

        actionPlan(plans.province, "OBEC-AP70", 2570, null);
        assertEquals(List.of(), plans.run(rule), "FY 2570 is outside the regional plan's period 2561-2565");
    }

    @Test
    void eachFiscalYearIsCheckedOnItsOwn() {
        Cascade plans = new Cascade();
        actionPlan(plans.province, "AP63", 2563, plans.provincial);
        List<Finding> findings = plans.run(rule);
        assertEquals(
                List.of(plans.regionalStrategy, plans.provincialStrategy),
                findings.stream().map(Finding::element).toList());
        assertTrue(
                findings.stream()
                        .allMatch(f -> f.message(Language.EN).contains("fiscal year B.E. 2563")
                                && f.message(Language.TH).contains("พ.ศ. 2563")),
                findings.toString());
    }

    @Test
    void unlinkingAProjectRechecksTheStrategiesAboveIt() {
        Cascade plans = new Cascade();
        LiveValidation live = plans.live(rule);
        plans.project.getImplementsStrategies().clear();
        assertEquals(Set.of(plans.provincialStrategy, plans.regionalStrategy), live.revalidate());
        assertEquals(1, live.findingsOf(plans.regionalStrategy).size());
        plans.project.getImplementsStrategies().add(plans.provincialStrategy);
        live.revalidate();
        assertEquals(List.of(), live.report().findings());
        live.dispose();
    }

    @Test
    void anotherPlansActionPlanDoesNotCarryOutAProvincialStrategy() {
        Cascade plans = new Cascade();
        plans.actionPlan.setStrategicPlan(plans.regional);
        List<Finding> findings = plans.run(rule);
        assertEquals(
                List.of(),
                findings,
                "the provincial plan has no action plan of its own now, the regional one is covered");

        ActionPlan own = actionPlan(plans.province, "AP62-PRV", 2562, plans.provincial);
        project(own, "PJ-2", "โครงการอื่น", plans.regionalStrategy);
        assertEquals(
                List.of(plans.provincialStrategy),
                plans.run(rule).stream().map(Finding::element).toList(),
                "PJ-1 belongs to another plan's action plan");
    }
}
