/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.IndicatorActual;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.monitoring.imports.CollectedFiles;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.reports.Samples;
import org.phaen.reports.assess.IndicatorStatus;
import org.phaen.reports.dashboard.ProgressDashboard;
import org.phaen.testing.SamplePlans;

/** The reports read a real embedded store filled from the shipped sample workbooks, and see what the files said. */
class StoreFactsTest {

    @TempDir
    Path dir;

    @Test
    void figuresFromImportedWorkbooksReachTheReports() throws Exception {
        Samples samples = Samples.load();
        Path collected = SamplePlans.file("collected", "phitsanulok-2562");
        List<String> periods = samples.monitoring().getReportingPeriods().stream()
                .map(ReportingPeriod::getUuid)
                .toList();
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Integer> agencies = new HashMap<>();
        try (MonitoringStore store = MonitoringStore.embedded(dir.resolve("store"))) {
            KnownElements known = KnownElements.of(samples.monitoring());
            for (String file : List.of("kpi-PEO-PLK.xlsx", "kpi-ESAO-PLK1.xlsx", "progress.xlsx")) {
                ImportBatch batch = CollectedFiles.workbook(
                        collected.resolve(file), samples.set(), CollectedFiles.DEFAULT_MAX_BYTES);
                store.importBatch(batch, known);
                for (Measurement m : batch.measurements()) {
                    sums.merge(m.indicator() + "|" + m.period(), m.value(), BigDecimal::add);
                    agencies.merge(m.indicator() + "|" + m.period(), 1, Integer::sum);
                }
            }
            store.records()
                    .delivery(new ReportDelivery(
                            Samples.REPORT_Q1,
                            LocalDate.of(2019, 1, 10),
                            LocalDate.of(2019, 1, 8),
                            List.of(Samples.REGION_OFFICE)));
            StoreFacts facts = new StoreFacts(store);

            List<IndicatorActual> actuals = facts.indicatorActuals(periods);
            assertEquals(sums.size(), actuals.size());
            for (IndicatorActual a : actuals) {
                String key = a.indicator() + "|" + a.period();
                assertEquals(0, sums.get(key).compareTo(a.total()), key);
                assertEquals(agencies.get(key), a.agencies(), key);
            }
            assertTrue(facts.disbursements(periods).size() > 0);
            assertTrue(facts.projectProgress(periods).stream().allMatch(p -> p.percentComplete() != null));
            assertEquals(
                    1,
                    facts.deliveries(List.of(Samples.REPORT_Q1, Samples.REPORT_Q2))
                            .size());
            assertEquals(
                    LocalDate.of(2019, 1, 8),
                    facts.deliveries(List.of(Samples.REPORT_Q1)).get(0).delivered());
            assertEquals(List.of(), facts.deliveries(List.of(Samples.REPORT_Q2)));

            ProgressDashboard dashboard = ProgressDashboard.of(samples.monitoring(), samples.period("2562-C9"), facts);
            assertTrue(
                    dashboard.indicators().stream().anyMatch(r -> r.status() != IndicatorStatus.NO_DATA),
                    "figures reached the dashboard");
        }
    }
}
