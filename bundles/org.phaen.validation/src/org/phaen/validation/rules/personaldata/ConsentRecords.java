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
