/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.partners;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Membership;
import org.phaen.validation.Rule;
import org.phaen.validation.SampleFindings;

/**
 * The partner rules on the sample plans in models/, loaded together, find nothing: the three MOUs have two or
 * three parties and terms that outlast FY 2562, the committees one chair, one secretary and an appointment
 * order each, and every recognition a recipient and a reason.
 */
class PartnerRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveNoPartnerFindings() throws Exception {
        List<Rule> rules = List.of(
                new MouHasTwoParties(),
                new MouEndsAfterStart(),
                new ExpiredMouNotLinkedToActiveProject(),
                new CommitteeHasOneChair(),
                new CommitteeHasOneSecretary(),
                new CommitteeHasAppointmentOrder(),
                new RecognitionHasRecipientAndReason(),
                new MembershipNamesMemberAndRole());
        SampleFindings samples = SampleFindings.load();
        assertTrue(samples.all(Membership.class).size() >= 20, "the samples were read");
        assertEquals(List.of(), samples.findings(rules));
    }
}
