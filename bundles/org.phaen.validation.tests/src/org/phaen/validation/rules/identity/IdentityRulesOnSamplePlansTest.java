package org.phaen.validation.rules.identity;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The identity rules on the sample plans in models/, loaded together, find nothing: codes are given and unique. */
class IdentityRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveUniqueCodes() throws Exception {
        assertEquals(List.of(), IdentityFixtures.runOnSamples(List.of(new CodeUniqueInDocument(), new PlanElementHasCode())));
    }
}
