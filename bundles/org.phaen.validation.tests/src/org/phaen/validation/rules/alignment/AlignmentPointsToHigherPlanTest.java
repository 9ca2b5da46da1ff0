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
import org.phaen.model.Alignment;
import org.phaen.model.PlanLevel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.Severity;

class AlignmentPointsToHigherPlanTest {

    private final AlignmentPointsToHigherPlan rule = new AlignmentPointsToHigherPlan();

    @Test
    void upwardAlignmentsWithAKindPass() {
        Cascade plans = new Cascade();
        StrategicPlan masterPlan =
                strategicPlan(plans.region, PlanLevel.MASTER_PLAN, "MP", "แผนแม่บทด้านการพัฒนาการเรียนรู้");
        supports(issue(masterPlan, "MP-1", "การพัฒนาการเรียนรู้"), plans.nationalIssue);
        supports(plans.project, plans.regionalStrategy);
        assertEquals(List.of(), plans.run(rule));
    }

    @Test
    void anAlignmentWithinItsOwnDocumentIsAWarning() {
        Cascade plans = new Cascade();
        supports(plans.provincialStrategy, plans.provincialIssue);
        assertOnlyFinding(
                plans.run(rule),
                plans.provincialStrategy,
                Severity.WARNING,
                "Strategy P-S1 \"ส่งเสริมการอ่าน\" is aligned to strategic issue P-1 \"คุณภาพผู้เรียน\" of its own plan document;"
                        + " an alignment points to a higher plan.",
                "กลยุทธ์ P-S1 \"ส่งเสริมการอ่าน\" สอดคล้องกับประเด็นยุทธศาสตร์ P-1 \"คุณภาพผู้เรียน\" ในเอกสารแผนเดียวกัน"
                        + " การเชื่อมโยงความสอดคล้องต้องชี้ไปยังแผนระดับที่สูงกว่า");
    }

    @Test
    void aDownwardAlignmentIsAWarning() {
        Cascade plans = new Cascade();
        supports(plans.regionalIssue, plans.provincialIssue);
        assertOnlyFinding(
                plans.run(rule),
                plans.regionalIssue,
                Severity.WARNING,
                "Strategic issue R-1 \"คุณภาพการศึกษา\" of the regional strategic plan is aligned to strategic issue P-1 \"คุณภาพผู้เรียน\""
                        + " of the provincial education plan, which is not a higher plan level.",
                "ประเด็นยุทธศาสตร์ R-1 \"คุณภาพการศึกษา\" ของแผนยุทธศาสตร์ระดับภาค สอดคล้องกับประเด็นยุทธศาสตร์ P-1 \"คุณภาพผู้เรียน\""
                        + " ของแผนพัฒนาการศึกษาระดับจังหวัด ซึ่งไม่ใช่แผนระดับที่สูงกว่า");
    }

    @Test
    void secondLevelNationalPlansAreNotAboveOneAnother() {
        Cascade plans = new Cascade();
        StrategicIssue master = issue(
                strategicPlan(plans.region, PlanLevel.MASTER_PLAN, "MP", "แผนแม่บท"), "MP-1", "การพัฒนาการเรียนรู้");
        StrategicIssue nesdp = issue(
                strategicPlan(plans.region, PlanLevel.NESDP, "NESDP12", "แผนพัฒนาฯ ฉบับที่ 12"),
                "NESDP-1",
                "ทุนมนุษย์");
        supports(master, nesdp);
        supports(nesdp, master);
        List<Finding> findings = plans.run(rule);
        assertEquals(
                List.of(master, nesdp), findings.stream().map(Finding::element).toList());
        assertTrue(findings.get(0)
                .message(Language.EN)
                .contains("of the master plan is aligned to strategic issue NESDP-1"));
    }

    @Test
    void anAlignmentWithoutKindIsAWarning() {
        Cascade plans = new Cascade();
        Alignment alignment = plans.provincialIssue.getAlignments().get(0);
        alignment.unsetKind();
        assertOnlyFinding(
                plans.run(rule),
                plans.provincialIssue,
                Severity.WARNING,
                "The alignment of strategic issue P-1 \"คุณภาพผู้เรียน\" to strategic issue R-1 \"คุณภาพการศึกษา\" has no kind.",
                "การเชื่อมโยงความสอดคล้องของประเด็นยุทธศาสตร์ P-1 \"คุณภาพผู้เรียน\" กับประเด็นยุทธศาสตร์ R-1 \"คุณภาพการศึกษา\""
                        + " ยังไม่ได้ระบุลักษณะความสอดคล้อง");
    }
}
