/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
