/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.calendar.FiscalPeriod;
import org.phaen.model.calendar.FiscalYear;

/**
 * The fiscal year a report covers and its cut-off: the end of the chosen reporting period, or the year's end.
 * The periods in scope are those of the monitoring plans that end inside the year, on or before the cut-off.
 */
public final class ReportingScope {

    private final FiscalYear year;
    private final LocalDate cutoff;
    private final ReportingPeriod period;
    private final Map<String, ReportingPeriod> periods = new LinkedHashMap<>();

    /** @param period the period to report on, or null for the whole year */
    public ReportingScope(int fiscalYear, ReportingPeriod period, Collection<MonitoringPlan> plans) {
        this.year = FiscalYear.of(fiscalYear);
        this.period = period;
        this.cutoff = period == null ? year.end() : end(period);
        for (MonitoringPlan plan : plans) {
            for (ReportingPeriod p : plan.getReportingPeriods()) {
                LocalDate end = end(p);
                if (end != null && start(p) != null && year.contains(end) && !end.isAfter(cutoff)) {
                    periods.put(p.getUuid(), p);
                }
            }
        }
    }

    public int fiscalYear() {
        return year.beYear();
    }

    public FiscalYear year() {
        return year;
    }

    public LocalDate cutoff() {
        return cutoff;
    }

    /** The period asked for, or null for the whole year. */
    public ReportingPeriod period() {
        return period;
    }

    public Collection<String> periodUuids() {
        return periods.keySet();
    }

    public ReportingPeriod periodOf(String uuid) {
        return periods.get(uuid);
    }

    /** Of the periods with data, the one ending last; at equal ends the longer one (a 6-month round over Q2). */
    public Optional<ReportingPeriod> latest(Collection<String> uuidsWithData) {
        return uuidsWithData.stream()
                .map(periods::get)
                .filter(p -> p != null)
                .max(Comparator.comparing(ReportingScope::end)
                        .thenComparing(ReportingScope::start, Comparator.reverseOrder()));
    }

    /** The share of the fiscal year's months elapsed at the end of the period, 0-1. */
    public BigDecimal yearShare(ReportingPeriod p) {
        long months = ChronoUnit.MONTHS.between(year.start(), end(p).plusDays(1));
        return BigDecimal.valueOf(Math.min(12, months)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
    }

    /** First day; from the period code (e.g. 2562-Q2) when the model leaves the dates out. */
    public static LocalDate start(ReportingPeriod p) {
        return p.getStartDate() != null
                ? p.getStartDate()
                : fromCode(p).map(FiscalPeriod::start).orElse(null);
    }

    public static LocalDate end(ReportingPeriod p) {
        return p.getEndDate() != null
                ? p.getEndDate()
                : fromCode(p).map(FiscalPeriod::end).orElse(null);
    }

    private static Optional<FiscalPeriod> fromCode(ReportingPeriod p) {
        try {
            return Optional.of(FiscalPeriod.parse(p.getCode()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** The periods in scope, in model order. */
    public List<ReportingPeriod> periods() {
        return List.copyOf(periods.values());
    }
}
