/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.InstrumentResponse;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ProjectProgress;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.monitoring.data.ReviewMeeting;
import org.phaen.monitoring.store.ImportResult.Outcome;

/**
 * What every store must do, run against embedded Derby, the Derby Network Server and PostgreSQL by the
 * subclasses. Each test opens a fresh database and works on uuids of its own.
 */
abstract class StoreContract {

    /** A new, empty store; the subclass knows where. */
    abstract MonitoringStore newStore() throws Exception;

    /** Another store object on the same database (a second process, a reopened workbench). */
    abstract MonitoringStore sameStoreAgain() throws Exception;

    static final String P1 = "period-1", P2 = "period-2", PROJECT = "project-1", SOURCE = "source-1";

    static KnownElements known(int indicators, int agencies) {
        Set<String> ind = new java.util.HashSet<>(), org = new java.util.HashSet<>();
        for (int i = 0; i < indicators; i++) {
            ind.add("ind-" + i);
        }
        for (int a = 0; a < agencies; a++) {
            org.add("org-" + a);
        }
        return new KnownElements(
                ind,
                org,
                Set.of(P1, P2),
                Set.of(PROJECT),
                Set.of(SOURCE),
                Set.of("instrument-1"),
                Set.of("committee-1"),
                Set.of("report-1"));
    }

    static ImportBatch measurements(
            String name, String period, int indicators, int fromAgency, int toAgency, String value) {
        List<Measurement> rows = new ArrayList<>();
        for (int i = 0; i < indicators; i++) {
            for (int a = fromAgency; a < toAgency; a++) {
                rows.add(new Measurement("ind-" + i, "org-" + a, period, new BigDecimal(value), null, name));
            }
        }
        return new ImportBatch(
                name,
                UUID.nameUUIDFromBytes(name.getBytes()).toString().replace("-", ""),
                rows,
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void everyKindRoundTripsWithExactDecimals() throws Exception {
        try (MonitoringStore store = newStore()) {
            ImportBatch batch = new ImportBatch(
                    "q1.xlsx",
                    "a1",
                    List.of(
                            new Measurement("ind-0", "org-0", P1, new BigDecimal("0.1"), "รายงาน", "q1.xlsx"),
                            new Measurement("ind-0", "org-1", P1, new BigDecimal("0.2"), null, null)),
                    List.of(new ProjectProgress(PROJECT, P1, "IN_PROGRESS", new BigDecimal("45.50"), "ปัญหา: ฝนตก")),
                    List.of(new Disbursement(PROJECT, SOURCE, P1, new BigDecimal("1234567.89"))),
                    List.of(new InstrumentResponse(
                            "instrument-1", 2, "citizen", "s1", Map.of("item-1", "5", "item-2", "ดีมาก"))));
            assertEquals(Outcome.IMPORTED, store.importBatch(batch, known(1, 2)).outcome());
            var totals = store.queries().indicatorTotals(List.of(P1));
            assertEquals(1, totals.size());
            assertEquals(0, new BigDecimal("0.3").compareTo(totals.get(0).total()), "0.1 + 0.2 stays exact");
            assertEquals(2, totals.get(0).agencies());
            assertEquals(
                    new BigDecimal("1234567.89"),
                    store.rows().disbursements(List.of(P1)).get(0).amount());
            var progress = store.rows().progress(List.of(P1)).get(0);
            assertEquals("ปัญหา: ฝนตก", progress.narrative());
            assertEquals(0, new BigDecimal("45.5").compareTo(progress.percentComplete()));
            assertEquals(2, store.queries().count("response_answer"));
            store.records()
                    .meeting(new ReviewMeeting(
                            "committee-1", LocalDate.of(2019, 3, 1), null, List.of("รับทราบ", "เร่งรัด")));
            store.records()
                    .delivery(
                            new ReportDelivery("report-1", LocalDate.of(2019, 4, 15), null, List.of("org-0", "org-1")));
            assertEquals(
                    List.of(new ReportDelivery("report-1", LocalDate.of(2019, 4, 15), null, List.of("org-0", "org-1"))),
                    store.queries().deliveries());
            assertEquals(2, store.queries().count("meeting_decision"));
        }
    }

    @Test
    void unknownElementsAreRejectedRowByRowAndNothingIsWritten() throws Exception {
        try (MonitoringStore store = newStore()) {
            ImportBatch batch = new ImportBatch(
                    "bad.xlsx",
                    "b1",
                    List.of(
                            new Measurement("ind-0", "org-0", P1, BigDecimal.ONE, null, null),
                            new Measurement("ind-99", "org-0", P1, BigDecimal.ONE, null, null),
                            new Measurement("ind-0", "org-0", "period-9", BigDecimal.ONE, null, null)),
                    List.of(),
                    List.of(),
                    List.of());
            ImportResult result = store.importBatch(batch, known(1, 1));
            assertEquals(Outcome.REJECTED, result.outcome());
            assertEquals(
                    List.of(
                            "measurement 2: indicator ind-99 is not in the plan",
                            "measurement 3: period period-9 is not in the plan"),
                    result.errors());
            assertEquals(0, store.queries().count("measurement"));
            assertEquals(0, store.queries().count("import_ledger"));
        }
    }

    @Test
    void theSameFileTwiceCountsOnce() throws Exception {
        try (MonitoringStore store = newStore()) {
            ImportBatch batch = measurements("kpi.xlsx", P1, 3, 0, 4, "10");
            ImportResult first = store.importBatch(batch, known(3, 4));
            assertEquals(Outcome.IMPORTED, first.outcome());
            ImportResult second = store.importBatch(batch, known(3, 4));
            assertEquals(Outcome.ALREADY_IMPORTED, second.outcome());
            assertEquals(first.importId(), second.importId());
            assertEquals(12, store.queries().count("measurement"));
            assertEquals(
                    0,
                    new BigDecimal("40")
                            .compareTo(store.queries()
                                    .indicatorTotals(List.of(P1))
                                    .get(0)
                                    .total()));
        }
    }

    @Test
    void aFileWithOneClashingRowWritesNothing() throws Exception {
        try (MonitoringStore store = newStore()) {
            assertEquals(
                    Outcome.IMPORTED,
                    store.importBatch(measurements("a.xlsx", P1, 2, 0, 2, "1"), known(2, 3))
                            .outcome());
            // Rows for org-2 are new, those for org-1 were stored by a.xlsx: the whole file is refused.
            ImportResult result = store.importBatch(measurements("b.xlsx", P1, 2, 1, 3, "5"), known(2, 3));
            assertEquals(Outcome.REJECTED, result.outcome());
            assertTrue(
                    result.errors().get(0).contains("already reported by a.xlsx"),
                    result.errors().toString());
            assertEquals(4, store.queries().count("measurement"));
            assertEquals(1, store.queries().count("import_ledger"));
            assertEquals(
                    0,
                    new BigDecimal("2")
                            .compareTo(store.queries()
                                    .indicatorTotals(List.of(P1))
                                    .get(0)
                                    .total()));
        }
    }

    /** The clash is in a progress row, written after 6,000 measurements went in by batches: none of them stays. */
    @Test
    void aFailureLateInTheFileTakesBackEverythingWrittenBeforeIt() throws Exception {
        try (MonitoringStore store = newStore()) {
            KnownElements known = known(20, 300);
            ProjectProgress progress = new ProjectProgress(PROJECT, P1, "IN_PROGRESS", BigDecimal.TEN, null);
            ImportBatch earlier =
                    new ImportBatch("progress.xlsx", "c1", List.of(), List.of(progress), List.of(), List.of());
            assertEquals(Outcome.IMPORTED, store.importBatch(earlier, known).outcome());
            ImportBatch big = measurements("big.xlsx", P1, 20, 0, 300, "1");
            ImportBatch late = new ImportBatch(
                    big.sourceName(),
                    big.sha256(),
                    big.measurements(),
                    List.of(progress),
                    List.of(new Disbursement(PROJECT, SOURCE, P1, BigDecimal.ONE)),
                    List.of());
            ImportResult result = store.importBatch(late, known);
            assertEquals(Outcome.REJECTED, result.outcome());
            assertEquals(1, result.errors().size(), result.errors().toString());
            assertTrue(
                    result.errors().get(0).startsWith("progress 1: already reported by progress.xlsx"),
                    result.errors().toString());
            assertEquals(0, store.queries().count("measurement"));
            assertEquals(List.of(), store.queries().indicatorTotals(List.of(P1)));
            assertEquals(0, store.queries().count("disbursement"));
            assertEquals(1, store.queries().count("import_ledger"));
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateTwice() throws Exception {
        long migrations;
        try (MonitoringStore store = newStore()) {
            store.importBatch(measurements("a.xlsx", P1, 1, 0, 1, "1"), known(1, 1));
            migrations = history(store);
        }
        try (MonitoringStore again = sameStoreAgain()) {
            assertEquals(1, again.queries().count("measurement"));
            assertEquals(migrations, history(again));
        }
        assertTrue(migrations >= 1);
    }

    private static long history(MonitoringStore store) throws Exception {
        try (var c = store.connection();
                var s = c.createStatement();
                var r = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Eight importers at once, each file imported by two of them: every row once, nothing lost. */
    @Test
    void concurrentImportersLoseNothing() throws Exception {
        try (MonitoringStore store = newStore()) {
            KnownElements known = known(20, 40);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<ImportResult>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int file = t % 8;
                results.add(pool.submit(() -> {
                    try (MonitoringStore own = sameStoreAgain()) {
                        return own.importBatch(
                                measurements("agency-" + file + ".xlsx", P2, 20, file * 5, file * 5 + 5, "1.5"), known);
                    }
                }));
            }
            int imported = 0, already = 0;
            for (Future<ImportResult> f : results) {
                switch (f.get().outcome()) {
                    case IMPORTED -> imported++;
                    case ALREADY_IMPORTED -> already++;
                    case REJECTED -> throw new AssertionError(f.get().errors());
                }
            }
            pool.shutdown();
            assertEquals(8, imported);
            assertEquals(8, already);
            assertEquals(8 * 20 * 5, store.queries().count("measurement"));
            var totals = store.queries().indicatorTotals(List.of(P2));
            assertEquals(20, totals.size());
            for (var total : totals) {
                assertEquals(40, total.agencies());
                assertEquals(0, new BigDecimal("60").compareTo(total.total()), total.toString());
            }
        }
    }
}
