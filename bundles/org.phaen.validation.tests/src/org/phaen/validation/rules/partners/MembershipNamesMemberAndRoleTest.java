/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import static org.junit.jupiter.api.Assertions.*;
import static org.phaen.model.MembershipRole.*;
import static org.phaen.validation.FindingAssertions.*;
import static org.phaen.validation.Fixtures.*;
import static org.phaen.validation.rules.partners.PartnerFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Committee;
import org.phaen.model.Membership;
import org.phaen.model.PlanModel;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class MembershipNamesMemberAndRoleTest {

    private final PlanModel model = F.createPlanModel();
    private final Committee committee = committee(model, CHAIR);

    @Test
    void aSeatWithoutMemberOrRoleIsAnError() {
        Membership empty = seat(committee, null, null);
        empty.setPosition(null);
        List<Finding> findings = RuleTester.run(new MembershipNamesMemberAndRole(), model);
        assertEquals(2, findings.size());
        // findings on one element come in the order of their English messages
        assertFinding(
                findings.get(0),
                empty,
                Severity.ERROR,
                "A seat on committee " + COMMITTEE + " (position -, Membership seat-1) has no role.",
                "กรรมการในคณะกรรมการ " + COMMITTEE + " (ตำแหน่ง -, Membership seat-1) ยังไม่ได้ระบุบทบาท");
        assertFinding(
                findings.get(1),
                empty,
                Severity.ERROR,
                "A seat on committee " + COMMITTEE
                        + " (position -, Membership seat-1) names neither a person nor an organisation.",
                "กรรมการในคณะกรรมการ " + COMMITTEE + " (ตำแหน่ง -, Membership seat-1) ยังไม่ได้ระบุบุคคลหรือหน่วยงาน");
    }

    @Test
    void anOfficeHolderOfAnOrganisationPasses() {
        Membership seat = seat(committee, null, MEMBER);
        seat.setOrganization(organization(model, "ESA1", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพิษณุโลก เขต 1"));
        assertEquals(List.of(), RuleTester.run(new MembershipNamesMemberAndRole(), model));
    }
}
