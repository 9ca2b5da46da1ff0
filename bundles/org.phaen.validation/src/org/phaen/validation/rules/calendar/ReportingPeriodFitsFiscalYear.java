/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.calendar.FiscalPeriod;
import org.phaen.model.calendar.FiscalPeriodKind;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-CAL-004: a reporting period has exactly the dates its kind and number give in its monitoring plan's fiscal year. */
public final class ReportingPeriodFitsFiscalYear extends AbstractRule<ReportingPeriod> {

    public ReportingPeriodFitsFiscalYear() {
        super("PH-CAL-004", Severity.ERROR, ReportingPeriod.class);
    }

    @Override
    protected void verify(ReportingPeriod period, RuleContext context, Findings findings) {
        LocalDate start = period.getStartDate();
        LocalDate end = period.getEndDate();
        if (start != null && end != null && end.isBefore(start)) {
            findings.reportVariant(period, "reversed", DateArguments.of(Arrays.asList(start, end)));
            return;
        }
        FiscalYear year =
                period.eContainer() instanceof MonitoringPlan plan ? Dates.fiscalYear(plan.getFiscalYear()) : null;
        if (year == null) {
            return;
        }
        if (Dates.outside(start, year.start(), year.end()) || Dates.outside(end, year.start(), year.end())) {
            findings.reportVariant(
                    period,
                    "outside",
                    DateArguments.of(
                            Arrays.asList(start, end, year.start(), year.end()), String.valueOf(year.beYear())));
            return;
        }
        if (!period.isSetKind()) {
            return;
        }
        FiscalPeriod expected = expected(period, year);
        if (expected == null) {
            findings.reportVariant(
                    period,
                    "sequence",
                    period.getKind().getLiteral(),
                    String.valueOf(period.getSequence()),
                    String.valueOf(period.getMonths()));
        } else if (!expected.start().equals(start) || !expected.end().equals(end)) {
            findings.reportVariant(
                    period,
                    start == null || end == null ? "noDates" : null,
                    DateArguments.of(
                            Arrays.asList(expected.start(), expected.end(), start, end),
                            expected.labelEn(),
                            expected.labelTh()));
        }
    }

    /** The period the kind, sequence and months name, or null when they name none (or contradict each other). */
    private static FiscalPeriod expected(ReportingPeriod period, FiscalYear year) {
        FiscalPeriodKind kind = FiscalPeriodKind.valueOf(period.getKind().getName());
        int sequence = period.getSequence();
        int months = period.getMonths();
        if (kind == FiscalPeriodKind.CUMULATIVE && months != 0) {
            boolean valid = months % 3 == 0 && months >= 3 && months <= 12 && (sequence == 0 || sequence == months / 3);
            return valid ? year.cumulative(months) : null;
        }
        if (kind == FiscalPeriodKind.FULL_YEAR && sequence == 0) {
            sequence = 1;
        }
        if (sequence < 1 || sequence > kind.count()) {
            return null;
        }
        FiscalPeriod found = year.period(kind, sequence);
        return months == 0 || months == found.months() ? found : null;
    }
}
