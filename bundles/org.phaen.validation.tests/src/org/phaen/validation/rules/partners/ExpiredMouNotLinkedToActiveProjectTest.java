/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.partners.PartnerFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.ActionPlan;
import org.phaen.model.Mou;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.validation.Finding;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class ExpiredMouNotLinkedToActiveProjectTest {

    private final PlanModel region = F.createPlanModel();
    private final PlanModel province = F.createPlanModel();

    @Test
    void anMouEndingBeforeTheFiscalYearOfAnActiveProjectIsAWarning() {
        Mou mou = mou(region, "2017-10-01", "2019-06-30");
        Project inProgress = project(province, 2562, "P-01", ProjectStatus.IN_PROGRESS);
        Project noStatus = project(province, 2562, "P-02", null);
        mou.getProjects().addAll(List.of(inProgress, noStatus));
        List<Finding> findings = RuleTester.run(new ExpiredMouNotLinkedToActiveProject(), region, province);
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                mou,
                Severity.WARNING,
                "MOU " + MOU
                        + " ends on 2019-06-30, before fiscal year 2562 ends on 2019-09-30, but is still linked to active project"
                        + " P-01 \"โครงการส่งเสริมการจัดการศึกษาระบบทวิภาคี\" of that year's action plan.",
                "บันทึกข้อตกลงความร่วมมือ " + MOU
                        + " สิ้นสุดวันที่ 30 มิถุนายน 2562 ก่อนสิ้นปีงบประมาณ พ.ศ. 2562 (30 กันยายน 2562)"
                        + " แต่ยังเชื่อมโยงกับโครงการ P-01 \"โครงการส่งเสริมการจัดการศึกษาระบบทวิภาคี\""
                        + " ในแผนปฏิบัติราชการของปีนั้นซึ่งยังดำเนินการอยู่");
        assertTrue(findings.get(1).messageEn().contains("active project P-02"));
    }

    @Test
    void finishedProjectsAndMousLastingTheYearPass() {
        Mou expired = mou(region, "2017-10-01", "2019-06-30");
        expired.getProjects().add(project(province, 2562, "P-01", ProjectStatus.COMPLETED));
        expired.getProjects().add(project(province, 2562, "P-02", ProjectStatus.CANCELLED));
        Mou current = mou(region, "2018-10-01", "2019-09-30");
        current.getProjects().add(project(province, 2562, "P-03", ProjectStatus.APPROVED));
        mou(region, "2017-10-01", null).getProjects().add(project(province, 2562, "P-04", ProjectStatus.APPROVED));
        assertEquals(List.of(), RuleTester.run(new ExpiredMouNotLinkedToActiveProject(), region, province));
    }

    @Test
    void movingTheActionPlanToALaterYearRechecksTheMou() {
        Mou mou = mou(region, "2017-10-01", "2019-09-30");
        Project project = project(province, 2562, "P-01", ProjectStatus.APPROVED);
        mou.getProjects().add(project);
        LiveValidation live = RuleTester.live(new ExpiredMouNotLinkedToActiveProject(), region, province);
        assertEquals(0, live.start().findings().size());

        ((ActionPlan) project.eContainer()).setFiscalYear(2563);
        live.revalidate();
        assertEquals(
                1,
                live.findingsOf(mou).size(),
                "the MOU is rechecked when the year of its project's action plan changes");
        live.dispose();
    }
}
