/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.IndicatorActual;
import org.phaen.monitoring.data.ProjectProgress;
import org.phaen.monitoring.data.ReportDelivery;

/** Immutable facts held in memory: for tests, examples, and data that never went through a store. */
public final class InMemoryFacts implements MonitoringFacts {

    private final List<IndicatorActual> actuals;
    private final List<ProjectProgress> progress;
    private final List<Disbursement> disbursements;
    private final List<ReportDelivery> deliveries;

    private InMemoryFacts(Builder b) {
        actuals = List.copyOf(b.actuals);
        progress = List.copyOf(b.progress);
        disbursements = List.copyOf(b.disbursements);
        deliveries = List.copyOf(b.deliveries);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No monitoring data at all: every indicator shows "no data". */
    public static InMemoryFacts none() {
        return builder().build();
    }

    @Override
    public List<IndicatorActual> indicatorActuals(Collection<String> periodUuids) {
        return select(actuals, IndicatorActual::period, periodUuids);
    }

    @Override
    public List<ProjectProgress> projectProgress(Collection<String> periodUuids) {
        return select(progress, ProjectProgress::period, periodUuids);
    }

    @Override
    public List<Disbursement> disbursements(Collection<String> periodUuids) {
        return select(disbursements, Disbursement::period, periodUuids);
    }

    @Override
    public List<ReportDelivery> deliveries(Collection<String> scheduledReportUuids) {
        return select(deliveries, ReportDelivery::report, scheduledReportUuids);
    }

    private static <T> List<T> select(List<T> all, Function<T, String> key, Collection<String> keys) {
        Set<String> wanted = Set.copyOf(keys);
        return all.stream().filter(r -> wanted.contains(key.apply(r))).toList();
    }

    /** Collects records; {@link #build()} freezes them. */
    public static final class Builder {
        private final List<IndicatorActual> actuals = new ArrayList<>();
        private final List<ProjectProgress> progress = new ArrayList<>();
        private final List<Disbursement> disbursements = new ArrayList<>();
        private final List<ReportDelivery> deliveries = new ArrayList<>();

        private Builder() {}

        public Builder actual(String indicator, String period, String total, int agencies) {
            actuals.add(new IndicatorActual(indicator, period, new BigDecimal(total), agencies));
            return this;
        }

        public Builder progress(String project, String period, String status, String percentComplete) {
            progress.add(new ProjectProgress(
                    project, period, status, percentComplete == null ? null : new BigDecimal(percentComplete), null));
            return this;
        }

        public Builder disbursed(String project, String fundingSource, String period, String amount) {
            disbursements.add(new Disbursement(project, fundingSource, period, new BigDecimal(amount)));
            return this;
        }

        public Builder delivery(String report, LocalDate due, LocalDate delivered, List<String> recipients) {
            deliveries.add(new ReportDelivery(report, due, delivered, recipients));
            return this;
        }

        public InMemoryFacts build() {
            return new InMemoryFacts(this);
        }
    }
}
