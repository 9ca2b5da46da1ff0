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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.phaen.model.Goal;
import org.phaen.model.Organization;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class CodeUniqueInDocumentTest {

    private final CodeUniqueInDocument rule = new CodeUniqueInDocument();

    @Test
    void distinctCodesPassAndCodesMayRepeatAcrossDocumentsListsAndFiles() {
        Plan plan = new Plan();
        plan.project.setCode("P-S1"); // the strategy's code, in another document of the file
        plan.budget.setCode("PEO"); // a funding source may bear its provider's code
        Plan other = new Plan(); // the same codes in another file
        assertEquals(List.of(), RuleTester.run(rule, plan.model, other.model));
    }

    @Test
    void twoElementsOfOneDocumentWithOneCodeAreBothReported() {
        Plan plan = new Plan();
        plan.strategy.setCode("P-G1");
        List<Finding> findings = RuleTester.run(rule, plan.model);
        assertEquals(2, findings.size());
        assertFinding(
                findings.get(0),
                plan.goal,
                Severity.ERROR,
                "Code P-G1 of P-G1 \"ผู้เรียนอ่านออกเขียนได้\" is also used by P-G1 \"ส่งเสริมการอ่าน\" in the same plan document.",
                "รหัส P-G1 ของ P-G1 \"ผู้เรียนอ่านออกเขียนได้\" ซ้ำกับ P-G1 \"ส่งเสริมการอ่าน\" ในเอกสารแผนเดียวกัน");
        assertSame(plan.strategy, findings.get(1).element());
        assertEquals(
                "Code P-G1 of P-G1 \"ส่งเสริมการอ่าน\" is also used by P-G1 \"ผู้เรียนอ่านออกเขียนได้\" in the same plan document.",
                findings.get(1).message(Language.EN));
    }

    @Test
    void twoEntriesOfOneDirectoryWithOneCodeAreReported() {
        Plan plan = new Plan();
        Organization school = named(F.createOrganization(), "PEO", "โรงเรียนบ้านหนองบัว");
        plan.model.getOrganizations().add(school);
        plan.actionPlan.setCode("PRV");
        List<Finding> findings = RuleTester.run(rule, plan.model);
        assertEquals(
                List.of(plan.office, school, plan.actionPlan, plan.plan),
                findings.stream().map(Finding::element).toList());
        assertFinding(
                findings.get(0),
                plan.office,
                Severity.ERROR,
                "Code PEO of PEO \"สำนักงานศึกษาธิการจังหวัด\" is also used by PEO \"โรงเรียนบ้านหนองบัว\" in the same list of this file.",
                "รหัส PEO ของ PEO \"สำนักงานศึกษาธิการจังหวัด\" ซ้ำกับ PEO \"โรงเรียนบ้านหนองบัว\" ในรายการเดียวกันของแฟ้มนี้");
        assertTrue(findings.get(3)
                .message(Language.EN)
                .contains("is also used by PRV \"แผนปฏิบัติราชการ พ.ศ. 2562\" in the same list"));
    }

    @Test
    void givingAnElementTheCodeOfAnotherRechecksTheOther() {
        Plan plan = new Plan();
        Goal second = named(F.createGoal(), "P-G2", "ครูจัดการเรียนรู้เชิงรุก");
        plan.issue.getGoals().add(second);
        LiveValidation live = RuleTester.live(rule, plan.model);
        assertEquals(0, live.start().findings().size());

        second.setCode("P-G1");
        assertEquals(Set.of(plan.goal, second), live.revalidate());
        assertEquals(1, live.findingsOf(plan.goal).size());

        second.setCode("P-G2");
        assertEquals(Set.of(plan.goal, second), live.revalidate());
        assertEquals(0, live.report().findings().size());
        live.dispose();
    }
}
