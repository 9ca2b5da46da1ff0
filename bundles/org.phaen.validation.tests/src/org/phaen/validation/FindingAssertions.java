/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.eclipse.emf.ecore.EObject;

/** Assertions on the findings of rule tests. */
public final class FindingAssertions {

    private FindingAssertions() {}

    /**
     * Asserts that the finding is on the element, with the severity and the messages in English and Thai,
     * that both messages name the element, and that the finding gives a hint in both languages; returns it.
     */
    public static Finding assertFinding(
            Finding finding, Object element, Severity severity, String english, String thai) {
        assertSame(element, finding.element());
        assertEquals(severity, finding.severity());
        assertEquals(english, finding.message(Language.EN));
        assertEquals(thai, finding.message(Language.TH));
        assertTrue(
                finding.message(Language.EN).contains(finding.elementLabel()), "the English message names the element");
        assertTrue(finding.message(Language.TH).contains(finding.elementLabel()), "the Thai message names the element");
        assertFalse(finding.hint(Language.EN).isBlank());
        assertFalse(finding.hint(Language.TH).isBlank());
        return finding;
    }

    /** Asserts that there is exactly one finding and {@link #assertFinding asserts it}; returns it. */
    public static Finding assertOnlyFinding(
            List<Finding> findings, Object element, Severity severity, String english, String thai) {
        assertEquals(1, findings.size(), findings::toString);
        return assertFinding(findings.get(0), element, severity, english, thai);
    }

    /** The one finding on the element (reports order findings by file, rule, element label and message, not by model order). */
    public static Finding findingOn(EObject element, List<Finding> findings) {
        List<Finding> on = findings.stream().filter(f -> f.element() == element).toList();
        assertEquals(1, on.size(), "findings on " + element);
        return on.get(0);
    }
}
