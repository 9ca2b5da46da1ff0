/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.Named;
import org.phaen.model.Person;
import org.phaen.validation.Finding;
import org.phaen.validation.SampleFindings;
import org.phaen.validation.Severity;

/**
 * The personal data rules on the sample plans in models/, loaded together: only true warnings. Five of
 * the sample people have not consented to publication and have personal phones or e-mails, yet are
 * named in what the public pack includes: PLK-P03 and PLK-P05 are responsible for or resource persons
 * of Phitsanulok projects, R17-P02 and R17-P06 sit on committees, R17-P09 keeps a learning resource and
 * received a recognition. R17-P08 has no consent either but is named nowhere public. And the learning resource
 * LR-05 is named after R17-P09 as villagers call him ("พ่อคำ"): his name in its free text.
 */
class PersonalDataRulesOnSamplePlansTest {

    @Test
    void theSamplePlansWarnOnlyAboutPeopleWithoutConsent() throws Exception {
        SampleFindings samples = SampleFindings.load();
        assertFalse(samples.all(Person.class).isEmpty(), "the samples were read");
        List<Finding> findings =
                samples.findings(List.of(new PublishedPersonConsents(), new PersonContactIsPersonalData()));
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.WARNING), findings.toString());
        assertEquals(
                List.of(
                        "PH-PDP-001 PLK-P03",
                        "PH-PDP-001 PLK-P05",
                        "PH-PDP-001 LR-05",
                        "PH-PDP-001 R17-P02",
                        "PH-PDP-001 R17-P06",
                        "PH-PDP-001 R17-P09"),
                findings.stream()
                        .map(f -> f.ruleId() + " " + ((Named) f.element()).getCode())
                        .toList());
    }
}
