/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.data.Disbursement;

/**
 * Baht disbursed from the start of the fiscal year to the cut-off, per project and funding source. A disbursement
 * is money paid within its period, and offices report both quarters and cumulative rounds, which overlap: the
 * periods are laid end to end from 1 October, taking at each step the longest period that starts next, so
 * no baht is counted twice (a 6-month round wins over Q1 + Q2 of the same source).
 */
public final class DisbursedToDate {

    /** A project's money from one source. */
    public record Key(String project, String fundingSource) {}

    private DisbursedToDate() {}

    public static Map<Key, BigDecimal> of(List<Disbursement> records, ReportingScope scope) {
        Map<Key, Map<ReportingPeriod, BigDecimal>> byKey = new LinkedHashMap<>();
        for (Disbursement d : records) {
            ReportingPeriod p = scope.periodOf(d.period());
            if (p != null) {
                byKey.computeIfAbsent(new Key(d.project(), d.fundingSource()), k -> new HashMap<>())
                        .merge(p, d.amount(), BigDecimal::add);
            }
        }
        Map<Key, BigDecimal> totals = new LinkedHashMap<>();
        byKey.forEach(
                (key, amounts) -> totals.put(key, tiled(amounts, scope.year().start())));
        return totals;
    }

    private static BigDecimal tiled(Map<ReportingPeriod, BigDecimal> amounts, LocalDate yearStart) {
        List<ReportingPeriod> periods = new ArrayList<>(amounts.keySet());
        periods.sort(Comparator.comparing(ReportingScope::start)
                .thenComparing(ReportingScope::end, Comparator.reverseOrder()));
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate next = yearStart;
        for (ReportingPeriod p : periods) {
            if (!ReportingScope.start(p).isBefore(next)) {
                sum = sum.add(amounts.get(p));
                next = ReportingScope.end(p).plusDays(1);
            }
        }
        return sum;
    }
}
