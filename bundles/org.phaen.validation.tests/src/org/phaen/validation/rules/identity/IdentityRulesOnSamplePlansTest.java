package org.phaen.validation.rules.identity;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Named;
import org.phaen.validation.SampleFindings;

/** The identity rules on the sample plans in models/, loaded together, find nothing: codes are given and unique. */
class IdentityRulesOnSamplePlansTest {

    @Test
    void theSamplePlansHaveUniqueCodes() throws Exception {
        SampleFindings samples = SampleFindings.load();
        assertTrue(samples.all(Named.class).size() > 100, "the samples were read");
        assertEquals(List.of(), samples.findings(List.of(new CodeUniqueInDocument(), new PlanElementHasCode())));
    }
}
