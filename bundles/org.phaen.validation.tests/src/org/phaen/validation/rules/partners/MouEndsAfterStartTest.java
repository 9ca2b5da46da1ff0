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
import org.phaen.model.PlanModel;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class MouEndsAfterStartTest {

    private final PlanModel model = F.createPlanModel();

    @Test
    void anMouEndingBeforeOrOnItsStartIsAnError() {
        Mou before = mou(model, "2019-01-16", "2018-09-30");
        Mou same = mou(model, "2019-01-16", "2019-01-16");
        List<Finding> findings = RuleTester.run(new MouEndsAfterStart(), model);
        assertEquals(2, findings.size());
        assertFinding(
                findingOn(before, findings),
                before,
                Severity.ERROR,
                "MOU " + MOU + " ends on 2018-09-30, not after it" + " starts on 2019-01-16.",
                "บันทึกข้อตกลงความร่วมมือ " + MOU
                        + " มีวันสิ้นสุด (30 กันยายน 2561) ไม่อยู่หลังวันเริ่มต้น (16 มกราคม 2562)");
        assertFinding(
                findingOn(same, findings),
                same,
                Severity.ERROR,
                "MOU " + MOU + " ends on 2019-01-16, not after it starts" + " on 2019-01-16.",
                "บันทึกข้อตกลงความร่วมมือ " + MOU
                        + " มีวันสิ้นสุด (16 มกราคม 2562) ไม่อยู่หลังวันเริ่มต้น (16 มกราคม 2562)");
    }

    @Test
    void missingDatesAreErrors() {
        Mou neither = mou(model, null, null);
        Mou noStart = mou(model, null, "2021-09-30");
        Mou noEnd = mou(model, "2018-11-20", null);
        List<Finding> findings = RuleTester.run(new MouEndsAfterStart(), model);
        assertEquals(3, findings.size());
        assertFinding(
                findingOn(neither, findings),
                neither,
                Severity.ERROR,
                "MOU " + MOU + " has neither a start date nor an end date.",
                "บันทึกข้อตกลงความร่วมมือ " + MOU + " ยังไม่ได้ระบุทั้งวันเริ่มต้นและวันสิ้นสุด");
        assertFinding(
                findingOn(noStart, findings),
                noStart,
                Severity.ERROR,
                "MOU " + MOU + " has no start date.",
                "บันทึกข้อตกลงความร่วมมือ " + MOU + " ยังไม่ได้ระบุวันเริ่มต้น");
        assertFinding(
                findingOn(noEnd, findings),
                noEnd,
                Severity.ERROR,
                "MOU " + MOU + " has no end date.",
                "บันทึกข้อตกลงความร่วมมือ " + MOU + " ยังไม่ได้ระบุวันสิ้นสุด");
    }

    @Test
    void anMouEndingAfterItStartsPasses() {
        mou(model, "2018-11-20", "2018-11-21");
        mou(model, "2018-11-20", "2021-09-30");
        assertEquals(List.of(), RuleTester.run(new MouEndsAfterStart(), model));
    }
}
