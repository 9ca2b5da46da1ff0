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
import org.phaen.model.Mou;
import org.phaen.model.Organization;
import org.phaen.model.PlanModel;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class MouHasTwoPartiesTest {

    @Test
    void anMouWithOnePartyOrNoneIsAnError() {
        PlanModel model = F.createPlanModel();
        Mou one = mou(model, "2018-11-20", "2021-09-30", organization(model, "R17", "สำนักงานศึกษาธิการภาค 17"));
        Mou none = mou(model, "2018-11-20", "2021-09-30");
        List<Finding> findings = RuleTester.run(new MouHasTwoParties(), model);
        assertEquals(2, findings.size());
        assertFinding(
                findingOn(one, findings),
                one,
                Severity.ERROR,
                "MOU " + MOU + " has fewer than two parties (1); an MOU is signed by at least two.",
                "บันทึกข้อตกลงความร่วมมือ " + MOU
                        + " มีคู่ภาคีน้อยกว่าสองฝ่าย (1 ฝ่าย) บันทึกข้อตกลงต้องมีคู่ภาคีอย่างน้อยสองฝ่าย");
        assertTrue(findingOn(none, findings).messageEn().contains("(0)"));
    }

    @Test
    void anMouBetweenAnOfficeAndAPersonInAnotherFilePasses() {
        PlanModel region = F.createPlanModel();
        PlanModel province = F.createPlanModel();
        Organization office = organization(region, "R17", "สำนักงานศึกษาธิการภาค 17");
        mou(province, "2018-11-20", "2021-09-30", office, person(region, "นายบุญมี ปราชญ์ชาวบ้าน"));
        assertEquals(List.of(), RuleTester.run(new MouHasTwoParties(), region, province));
    }
}
