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
