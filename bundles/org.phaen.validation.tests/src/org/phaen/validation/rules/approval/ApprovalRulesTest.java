/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.approval;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Committee;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.PlanRevision;
import org.phaen.model.PlanStatus;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

/** PH-APV-001..003: an approved plan says who approved it and when; revisions are dated and match the status. */
class ApprovalRulesTest {

    private static final String PLAN = "SP-1 \"แผนพัฒนาการศึกษา\"";

    private final PlanModel model = F.createPlanModel();
    private final StrategicPlan plan =
            strategicPlan(model, PlanLevel.PROVINCIAL_EDUCATION_PLAN, "SP-1", "แผนพัฒนาการศึกษา");
    private final Committee committee = named(F.createCommittee(), "CMT-1", "คณะกรรมการศึกษาธิการจังหวัด");

    ApprovalRulesTest() {
        model.getCommittees().add(committee);
    }

    @Test
    void anApprovedPlanWithoutBodyOrDateIsAnError() {
        plan.setApprovalStatus(PlanStatus.APPROVED);
        assertOnlyFinding(
                RuleTester.run(new PlanApprovalRecorded(), model),
                plan,
                Severity.ERROR,
                "Plan " + PLAN + " is marked approved but names neither the committee that approved it nor the date.",
                "แผน " + PLAN
                        + " มีสถานะได้รับความเห็นชอบแล้ว แต่ยังไม่ได้ระบุทั้งคณะกรรมการที่ให้ความเห็นชอบและวันที่ให้ความเห็นชอบ");
        plan.setApprovedOn(date("2018-09-28"));
        assertOnlyFinding(
                RuleTester.run(new PlanApprovalRecorded(), model),
                plan,
                Severity.ERROR,
                "Plan " + PLAN + " is marked approved but names no committee that approved it.",
                "แผน " + PLAN + " มีสถานะได้รับความเห็นชอบแล้ว แต่ยังไม่ได้ระบุคณะกรรมการที่ให้ความเห็นชอบ");
        plan.setApprovedOn(null);
        plan.setApprovedBy(committee);
        assertOnlyFinding(
                RuleTester.run(new PlanApprovalRecorded(), model),
                plan,
                Severity.ERROR,
                "Plan " + PLAN + " is marked approved but has no approval date.",
                "แผน " + PLAN + " มีสถานะได้รับความเห็นชอบแล้ว แต่ยังไม่ได้ระบุวันที่ให้ความเห็นชอบ");
        plan.setApprovedOn(date("2018-09-28"));
        assertEquals(List.of(), RuleTester.run(new PlanApprovalRecorded(), model));
    }

    @Test
    void aDraftOrAPlanWithoutStatusNeedsNoApproval() {
        assertEquals(List.of(), RuleTester.run(new PlanApprovalRecorded(), model));
        plan.setApprovalStatus(PlanStatus.DRAFT);
        assertEquals(List.of(), RuleTester.run(new PlanApprovalRecorded(), model));
        plan.setApprovalStatus(PlanStatus.REVISED);
        assertEquals(1, RuleTester.run(new PlanApprovalRecorded(), model).size(), "a revised plan was approved first");
    }

    @Test
    void aRevisionHasADateAndSaysWhatChangedAfterTheApproval() {
        plan.setApprovedOn(date("2018-09-28"));
        PlanRevision undated = revision(null, "ปรับค่าเป้าหมาย");
        PlanRevision silent = revision("2019-09-20", " ");
        PlanRevision early = revision("2018-09-01", "ปรับกลยุทธ์");
        revision("2019-09-20", "ปรับค่าเป้าหมายตัวชี้วัด");
        List<Finding> findings = RuleTester.run(new RevisionRecorded(), model);
        assertEquals(3, findings.size(), findings::toString);
        String undatedLabel = findingOn(undated, findings).elementLabel();
        assertFinding(
                findingOn(undated, findings),
                undated,
                Severity.ERROR,
                "A revision of plan " + PLAN + " (" + undatedLabel + ") has no date.",
                "การปรับปรุงแผน " + PLAN + " (" + undatedLabel + ") ยังไม่ได้ระบุวันที่");
        String silentLabel = findingOn(silent, findings).elementLabel();
        assertFinding(
                findingOn(silent, findings),
                silent,
                Severity.ERROR,
                "A revision of plan " + PLAN + " (" + silentLabel + ") does not say what changed.",
                "การปรับปรุงแผน " + PLAN + " (" + silentLabel + ") ยังไม่ได้ระบุสาระที่ปรับปรุง");
        String earlyLabel = findingOn(early, findings).elementLabel();
        assertFinding(
                findingOn(early, findings),
                early,
                Severity.ERROR,
                "A revision of plan " + PLAN + " (" + earlyLabel
                        + ") is dated 2018-09-01, before the plan was approved on 2018-09-28.",
                "การปรับปรุงแผน " + PLAN + " (" + earlyLabel
                        + ") ลงวันที่ 1 กันยายน 2561 ซึ่งก่อนวันที่แผนได้รับความเห็นชอบ (28 กันยายน 2561)");
    }

    @Test
    void theStatusAgreesWithTheRevisions() {
        plan.setApprovalStatus(PlanStatus.REVISED);
        assertOnlyFinding(
                RuleTester.run(new ApprovalStatusMatchesRevisions(), model),
                plan,
                Severity.WARNING,
                "Plan " + PLAN + " is marked revised but records no revision.",
                "แผน " + PLAN + " มีสถานะปรับปรุงแล้ว แต่ยังไม่มีบันทึกการปรับปรุงแผน");
        revision("2019-09-20", "ปรับค่าเป้าหมายตัวชี้วัด");
        assertEquals(List.of(), RuleTester.run(new ApprovalStatusMatchesRevisions(), model));
        plan.setApprovalStatus(PlanStatus.APPROVED);
        assertOnlyFinding(
                RuleTester.run(new ApprovalStatusMatchesRevisions(), model),
                plan,
                Severity.WARNING,
                "Plan " + PLAN + " records a revision but is not marked revised (status: approved).",
                "แผน " + PLAN
                        + " มีการปรับปรุงแผน 1 ครั้ง แต่ยังไม่ได้ตั้งสถานะเป็นปรับปรุงแล้ว (สถานะปัจจุบัน: ได้รับความเห็นชอบ)");
        revision("2020-09-18", "เพิ่มกลยุทธ์");
        plan.unsetApprovalStatus();
        assertOnlyFinding(
                RuleTester.run(new ApprovalStatusMatchesRevisions(), model),
                plan,
                Severity.WARNING,
                "Plan " + PLAN + " records 2 revisions but is not marked revised (status: none).",
                "แผน " + PLAN
                        + " มีการปรับปรุงแผน 2 ครั้ง แต่ยังไม่ได้ตั้งสถานะเป็นปรับปรุงแล้ว (สถานะปัจจุบัน: ไม่ได้ระบุ)");
    }

    private PlanRevision revision(String day, String what) {
        PlanRevision revision = F.createPlanRevision();
        revision.setDate(date(day));
        revision.setDescription(what);
        revision.setApprovedBy(committee);
        plan.getRevisions().add(revision);
        return revision;
    }
}
