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
import org.phaen.model.Person;
import org.phaen.model.PlanModel;
import org.phaen.model.Recognition;
import org.phaen.validation.Finding;
import org.phaen.validation.RuleTester;
import org.phaen.validation.Severity;

class RecognitionHasRecipientAndReasonTest {

    private static final String RECOGNITION = "REC-01 \"เกียรติบัตรผู้ทำคุณประโยชน์ต่อการจัดการศึกษา\"";

    private final PlanModel model = F.createPlanModel();
    private final Person sage = person(model, "นายบุญมี ปราชญ์ชาวบ้าน");

    @Test
    void aRecognitionWithoutRecipientOrReasonIsAnError() {
        Recognition neither = recognition(model, null, null);
        Recognition noRecipient = recognition(model, null, "ถ่ายทอดภูมิปัญญาการทอผ้า");
        Recognition noReason = recognition(model, sage, " ");
        List<Finding> findings = RuleTester.run(new RecognitionHasRecipientAndReason(), model);
        assertEquals(3, findings.size());
        assertFinding(
                findingOn(neither, findings),
                neither,
                Severity.ERROR,
                "Recognition " + RECOGNITION + " has neither a" + " recipient nor a reason.",
                "การยกย่องเชิดชูเกียรติ " + RECOGNITION + " ยังไม่ได้ระบุทั้งผู้ได้รับการยกย่องและเหตุผล");
        assertFinding(
                findingOn(noRecipient, findings),
                noRecipient,
                Severity.ERROR,
                "Recognition " + RECOGNITION + " has no recipient.",
                "การยกย่องเชิดชูเกียรติ " + RECOGNITION + " ยังไม่ได้ระบุผู้ได้รับการยกย่อง");
        assertFinding(
                findingOn(noReason, findings),
                noReason,
                Severity.ERROR,
                "Recognition " + RECOGNITION + " gives no reason.",
                "การยกย่องเชิดชูเกียรติ " + RECOGNITION + " ยังไม่ได้ระบุเหตุผล");
    }

    @Test
    void aRecognitionOfAnOrganisationWithAReasonPasses() {
        recognition(model, sage, "ถ่ายทอดภูมิปัญญาการทอผ้า");
        recognition(model, organization(model, "PAO", "องค์การบริหารส่วนจังหวัดพิษณุโลก"), "สนับสนุนงบประมาณโครงการ");
        assertEquals(List.of(), RuleTester.run(new RecognitionHasRecipientAndReason(), model));
    }
}
