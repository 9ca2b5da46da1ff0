/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import java.time.LocalDate;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.ActionPlan;
import org.phaen.model.calendar.FiscalYear;

/**
 * What the calendar rules share: the fiscal year an element falls under, and dates as message arguments:
 * first every date in English (ISO, C.E.), then every date in Thai (B.E., e.g. “1 ตุลาคม 2561”), so an
 * English message uses the first run of arguments and a Thai message the second.
 */
final class Dates {

    private Dates() {}

    /** The fiscal year named by a B.E. year, or null when the year is not a sane B.E. year (PH-CAL-003 says so). */
    static FiscalYear fiscalYear(int beYear) {
        return beYear >= FiscalYear.MIN_BE_YEAR && beYear <= FiscalYear.MAX_BE_YEAR ? FiscalYear.of(beYear) : null;
    }

    /** The fiscal year of the action plan an element is in, or null. */
    static FiscalYear actionPlanYear(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof ActionPlan action) {
                return fiscalYear(action.getFiscalYear());
            }
        }
        return null;
    }

    /** True when the date is set and falls outside [from, to]; an unset bound does not limit. */
    static boolean outside(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to)));
    }
}
