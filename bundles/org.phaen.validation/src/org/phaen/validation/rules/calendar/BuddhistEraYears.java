/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.FundingSource;
import org.phaen.model.Identified;
import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Target;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-CAL-003: plan and fiscal years are Buddhist-Era years (2400..2700); a year like 2019 is C.E. typed by mistake. */
public final class BuddhistEraYears extends AbstractRule<Identified> {

    public BuddhistEraYears() {
        super("PH-CAL-003", Severity.ERROR, Identified.class);
    }

    @Override
    protected void verify(Identified element, RuleContext context, Findings findings) {
        // Plan, action-plan, monitoring-plan, instrument and target years are required (0 = missing); a funding
        // source's year and a baseline year are optional. Targets are reported on their indicator, which is named.
        if (element instanceof StrategicPlan plan) {
            check(plan, "missingStart", null, plan.getStartYear(), findings);
            check(plan, "missingEnd", null, plan.getEndYear(), findings);
        } else if (element instanceof ActionPlan action) {
            check(action, "missing", null, action.getFiscalYear(), findings);
        } else if (element instanceof MonitoringPlan monitoring) {
            check(monitoring, "missing", null, monitoring.getFiscalYear(), findings);
        } else if (element instanceof EvaluationInstrument instrument) {
            check(instrument, "missing", null, instrument.getFiscalYear(), findings);
        } else if (element instanceof FundingSource source && source.getFiscalYear() != 0) {
            check(source, null, null, source.getFiscalYear(), findings);
        } else if (element instanceof Indicator indicator) {
            if (indicator.getBaselineYear() != 0) {
                check(indicator, null, null, indicator.getBaselineYear(), findings);
            }
            for (Target target : indicator.getTargets()) {
                check(indicator, "targetMissing", "target", target.getFiscalYear(), findings);
            }
        }
    }

    /** Reports a missing year (0) with {@code missing}, others with {@code prefix} + "" / "CeYear" (prefix null: none). */
    private static void check(Identified element, String missing, String prefix, int year, Findings findings) {
        if (year >= FiscalYear.MIN_BE_YEAR && year <= FiscalYear.MAX_BE_YEAR) {
            return;
        }
        if (year == 0) {
            findings.reportVariant(element, missing);
            return;
        }
        int asBuddhistEra = year > 0 && year < FiscalYear.MIN_BE_YEAR
                ? ThaiBuddhistDate.from(LocalDate.of(year, 1, 1)).get(ChronoField.YEAR)
                : 0;
        boolean looksCe = asBuddhistEra >= FiscalYear.MIN_BE_YEAR && asBuddhistEra <= FiscalYear.MAX_BE_YEAR;
        String variant = looksCe ? (prefix == null ? "ceYear" : prefix + "CeYear") : prefix;
        String second = String.valueOf(looksCe ? asBuddhistEra : FiscalYear.MIN_BE_YEAR);
        findings.reportVariant(element, variant, String.valueOf(year), second, String.valueOf(FiscalYear.MAX_BE_YEAR));
    }
}
