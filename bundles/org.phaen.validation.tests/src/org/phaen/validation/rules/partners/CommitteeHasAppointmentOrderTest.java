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
import org.phaen.model.PlanModel;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class CommitteeHasAppointmentOrderTest {

    private final PlanModel model = F.createPlanModel();

    @Test
    void aCommitteeWithoutItsOrderIsAnError() {
        Committee neither = committee(model, CHAIR);
        neither.setOrderNumber(null);
        neither.setOrderDate(null);
        Committee noNumber = committee(model, CHAIR);
        noNumber.setOrderNumber("  ");
        Committee noDate = committee(model, CHAIR);
        noDate.setOrderDate(null);
        List<Finding> findings = RuleTester.run(new CommitteeHasAppointmentOrder(), model);
        assertEquals(3, findings.size());
        assertFinding(
                findingOn(neither, findings),
                neither,
                Severity.ERROR,
                "Committee " + COMMITTEE + " has neither the number nor the date of its appointment order.",
                "คณะกรรมการ " + COMMITTEE + " ยังไม่ได้ระบุทั้งเลขที่และวันที่ของคำสั่งแต่งตั้ง");
        assertFinding(
                findingOn(noNumber, findings),
                noNumber,
                Severity.ERROR,
                "Committee " + COMMITTEE + " has no appointment" + " order number.",
                "คณะกรรมการ " + COMMITTEE + " ยังไม่ได้ระบุเลขที่คำสั่งแต่งตั้ง");
        assertFinding(
                findingOn(noDate, findings),
                noDate,
                Severity.ERROR,
                "Committee " + COMMITTEE + " has no appointment order date.",
                "คณะกรรมการ " + COMMITTEE + " ยังไม่ได้ระบุวันที่ของคำสั่งแต่งตั้ง");
    }

    @Test
    void anAppointedCommitteePasses() {
        committee(model, CHAIR, SECRETARY);
        assertEquals(List.of(), RuleTester.run(new CommitteeHasAppointmentOrder(), model));
    }
}
