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
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.Severity;

class LowerPlanTracesToRegionalPlanTest {

    private final LowerPlanTracesToRegionalPlan rule = new LowerPlanTracesToRegionalPlan();

    @Test
    void aCompleteCascadePasses() {
        assertEquals(List.of(), new Cascade().run(rule));
    }

    @Test
    void anUnalignedIssueIsAnError() {
        Cascade plans = new Cascade();
        plans.provincialIssue.getAlignments().clear();
        assertOnlyFinding(
                plans.run(rule),
                plans.provincialIssue,
                Severity.ERROR,
                "Strategic issue P-1 \"คุณภาพผู้เรียน\" of the provincial education plan is aligned to nothing,"
                        + " so it does not trace up to the regional strategic plan.",
                "ประเด็นยุทธศาสตร์ P-1 \"คุณภาพผู้เรียน\" ของแผนพัฒนาการศึกษาระดับจังหวัด ยังไม่ได้เชื่อมโยงกับองค์ประกอบใดของแผนระดับที่สูงกว่า"
                        + " จึงเชื่อมโยงไม่ถึงแผนยุทธศาสตร์ระดับภาค");
    }

    @Test
    void aProjectLinkedToNothingIsLeftToPhAln001ButOneAlignedOnlyAwayIsReported() {
        Cascade plans = new Cascade();
        plans.project.getImplementsStrategies().clear();
        assertEquals(List.of(), plans.run(rule), "PH-ALN-001 reports it");
        supports(plans.project, plans.provincialGoal);
        List<Finding> findings = plans.run(rule);
        assertEquals(1, findings.size());
        assertEquals(
                "Project PJ-1 \"โครงการรักการอ่าน\" of the annual action plan does not trace up to the regional strategic plan:"
                        + " project PJ-1 \"โครงการรักการอ่าน\" is aligned to goal P-G1 \"ผู้เรียนอ่านออกเขียนได้\" of the provincial education plan,"
                        + " which is aligned to nothing.",
                findings.get(0).message(Language.EN));
    }

    @Test
    void aProjectImplementingAnUnalignedStrategyNamesTheBrokenLink() {
        Cascade plans = new Cascade();
        plans.provincialStrategy.getAlignments().clear();
        List<Finding> findings = plans.run(rule);
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                plans.provincialStrategy,
                Severity.ERROR,
                "Strategy P-S1 \"ส่งเสริมการอ่าน\" of the provincial education plan is aligned to nothing,"
                        + " so it does not trace up to the regional strategic plan.",
                "กลยุทธ์ P-S1 \"ส่งเสริมการอ่าน\" ของแผนพัฒนาการศึกษาระดับจังหวัด ยังไม่ได้เชื่อมโยงกับองค์ประกอบใดของแผนระดับที่สูงกว่า"
                        + " จึงเชื่อมโยงไม่ถึงแผนยุทธศาสตร์ระดับภาค");
        assertFinding(
                findings.get(1),
                plans.project,
                Severity.ERROR,
                "Project PJ-1 \"โครงการรักการอ่าน\" of the annual action plan does not trace up to the regional strategic plan:"
                        + " project PJ-1 \"โครงการรักการอ่าน\" implements strategy P-S1 \"ส่งเสริมการอ่าน\" of the provincial education plan,"
                        + " which is aligned to nothing.",
                "โครงการ PJ-1 \"โครงการรักการอ่าน\" ของแผนปฏิบัติราชการประจำปี เชื่อมโยงไม่ถึงแผนยุทธศาสตร์ระดับภาค เนื่องจาก"
                        + "โครงการ PJ-1 \"โครงการรักการอ่าน\" ดำเนินการตามกลยุทธ์ P-S1 \"ส่งเสริมการอ่าน\" ของแผนพัฒนาการศึกษาระดับจังหวัด"
                        + " ซึ่งไม่ได้เชื่อมโยงกับองค์ประกอบใดต่อ");
    }

    @Test
    void chainsThroughAgencyPlansAreFollowedAndTheDeepestBreakIsNamed() {
        Cascade plans = new Cascade();
        Agency school = plans.agency();
        supports(school.issue(), plans.provincialIssue);
        Strategy agencyStrategy = school.strategy();
        Project schoolProject = project(
                actionPlan(plans.province, "SCH-AP62", 2562, school.plan()),
                "SCH-PJ1",
                "โครงการห้องสมุด",
                agencyStrategy);
        assertEquals(List.of(), plans.run(rule), "agency → provincial → regional traces transitively");

        plans.provincialStrategy.getAlignments().clear();
        List<Finding> findings = plans.run(rule);
        assertEquals(
                List.of(plans.provincialStrategy, plans.project, schoolProject, agencyStrategy),
                findings.stream().map(Finding::element).toList(),
                "in the report's order, by label");
        assertEquals(
                "Project SCH-PJ1 \"โครงการห้องสมุด\" of the annual action plan does not trace up to the regional strategic plan:"
                        + " strategy SCH-S1 \"ห้องสมุดมีชีวิต\" is aligned to strategy P-S1 \"ส่งเสริมการอ่าน\""
                        + " of the provincial education plan, which is aligned to nothing.",
                findings.get(2).message(Language.EN));
    }

    @Test
    void anAlignmentPastTheRegionalPlanIsABreak() {
        Cascade plans = new Cascade();
        plans.provincialIssue.getAlignments().get(0).setTarget(plans.nationalIssue);
        assertOnlyFinding(
                plans.run(rule),
                plans.provincialIssue,
                Severity.ERROR,
                "Strategic issue P-1 \"คุณภาพผู้เรียน\" of the provincial education plan does not trace up to the regional strategic plan:"
                        + " strategic issue P-1 \"คุณภาพผู้เรียน\" is aligned to strategic issue NS-1 \"การพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์\""
                        + " of the national strategy, a plan above the regional strategic plan, so the chain skips the regional plan.",
                "ประเด็นยุทธศาสตร์ P-1 \"คุณภาพผู้เรียน\" ของแผนพัฒนาการศึกษาระดับจังหวัด เชื่อมโยงไม่ถึงแผนยุทธศาสตร์ระดับภาค เนื่องจาก"
                        + "ประเด็นยุทธศาสตร์ P-1 \"คุณภาพผู้เรียน\" สอดคล้องกับประเด็นยุทธศาสตร์ NS-1 \"การพัฒนาและเสริมสร้างศักยภาพทรัพยากรมนุษย์\""
                        + " ของยุทธศาสตร์ชาติ ซึ่งเป็นแผนระดับที่สูงกว่าแผนระดับภาค การเชื่อมโยงจึงข้ามแผนยุทธศาสตร์ระดับภาคไป");
    }

    @Test
    void aCircleOfAlignmentsIsABreak() {
        Cascade plans = new Cascade();
        Strategy agencyStrategy = plans.agency().strategy();
        plans.provincialStrategy.getAlignments().get(0).setTarget(agencyStrategy);
        List<Finding> findings = plans.run(rule).stream()
                .filter(f -> f.element() == plans.provincialStrategy)
                .toList();
        assertEquals(1, findings.size());
        assertEquals(
                "Strategy P-S1 \"ส่งเสริมการอ่าน\" of the provincial education plan does not trace up to the regional strategic plan:"
                        + " strategy SCH-S1 \"ห้องสมุดมีชีวิต\" is aligned to strategy P-S1 \"ส่งเสริมการอ่าน\" of the provincial"
                        + " education plan, which leads back to an element already on the chain, in a circle that never reaches the regional plan.",
                findings.get(0).message(Language.EN));
    }

    @Test
    void aLinkThatCannotBeResolvedIsLeftToPhAln005() {
        Cascade plans = new Cascade();
        plans.provincialStrategy
                .getAlignments()
                .get(0)
                .setTarget(proxy(F.createStrategy(), "memory:/plan-0.phaen#no-such-strategy"));
        assertEquals(List.of(), plans.run(rule));
    }

    @Test
    void regionalAndHigherPlansAreNotChecked() {
        Cascade plans = new Cascade();
        plans.regionalIssue.getAlignments().clear();
        plans.national.getStrategicIssues().get(0).getAlignments().clear();
        assertEquals(List.of(), plans.run(rule));
    }

    @Test
    void unlinkingAStrategyRechecksEverythingThatTracedThroughIt() {
        Cascade plans = new Cascade();
        Agency school = plans.agency();
        supports(school.issue(), plans.provincialIssue);
        Strategy agencyStrategy = school.strategy();
        Project schoolProject = project(
                actionPlan(plans.province, "SCH-AP62", 2562, school.plan()),
                "SCH-PJ1",
                "โครงการห้องสมุด",
                agencyStrategy);
        LiveValidation live = plans.live(rule);

        plans.provincialStrategy.getAlignments().clear();
        Set<EObject> changed = live.revalidate();
        assertEquals(Set.of(plans.provincialStrategy, plans.project, agencyStrategy, schoolProject), changed);
        assertEquals(1, live.findingsOf(schoolProject).size());

        supports(plans.provincialStrategy, plans.regionalStrategy);
        assertEquals(changed, live.revalidate());
        assertEquals(0, live.report().findings().size());
        live.dispose();
    }
}
