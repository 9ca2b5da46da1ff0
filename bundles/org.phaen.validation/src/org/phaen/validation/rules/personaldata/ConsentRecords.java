/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.personaldata;

import java.time.LocalDate;
import org.phaen.model.Consent;
import org.phaen.validation.Findings;

/** What the consent rules share: whose record it is, and when records are in force together. */
final class ConsentRecords {

    private ConsentRecords() {}

    static String personOf(Consent consent) {
        return consent.eContainer() == null ? "" : Findings.labelOf(consent.eContainer());
    }

    /** In force on some day together: each starts before the other ends (a record runs from givenOn until withdrawnOn). */
    static boolean overlap(Consent a, Consent b) {
        return before(a.getGivenOn(), b.getWithdrawnOn()) && before(b.getGivenOn(), a.getWithdrawnOn());
    }

    private static boolean before(LocalDate start, LocalDate end) {
        return start == null || end == null || start.isBefore(end);
    }
}
