/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.phaen.cli.spi.Timer;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.store.ImportResult;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;

/**
 * {@code phaen bench store}: 1,000,000 indicator measurements (200 indicators × 500 agencies × 10 periods) imported
 * into a fresh embedded Derby store as 100 files of 10,000 rows, each file one transaction; then the progress
 * dashboard's query for all ten periods, timed repeatedly. The anchor: the same rows by plain JDBC ({@link RawJdbcInsert}),
 * file by file in turn with the import. Targets from the issue: at most 1.0 × the raw insert, and under 20 ms.
 */
public final class StoreBenchmark {

    private static final int INDICATORS = 200, AGENCIES = 500, PERIODS = 10, AGENCIES_PER_FILE = 50;

    private StoreBenchmark() {}

    public static void run(PrintStream out, int queryRuns, int files) throws Exception {
        Path dir = Files.createTempDirectory("phaen-bench-store");
        try {
            measure(out, queryRuns, files, dir);
        } finally {
            deleteTree(dir); // half a gigabyte of database
        }
    }

    private static void measure(PrintStream out, int queryRuns, int files, Path dir) throws Exception {
        KnownElements known = known();
        List<String> periods = new ArrayList<>(known.periods());
        try (MonitoringStore store = MonitoringStore.embedded(dir.resolve("store"));
                RawJdbcInsert raw = new RawJdbcInsert(dir.resolve("raw"))) {
            long rows = 0;
            int fileCount = 0;
            Timer phaen = new Timer(0, files), anchor = new Timer(0, files);
            for (int p = 0; p < PERIODS && fileCount < files; p++) {
                for (int first = 0; first < AGENCIES && fileCount < files; first += AGENCIES_PER_FILE) {
                    ImportBatch file = file(p, first);
                    long id = fileCount;
                    ImportResult[] result = new ImportResult[1];
                    // Each file into both, one after the other, so both see the same machine; who goes first swaps.
                    Timer.Action imported = () -> result[0] = store.importBatch(file, known);
                    Timer.Action inserted = () -> raw.insert(file.measurements(), id);
                    if (fileCount % 2 == 0) {
                        phaen.time(imported);
                        anchor.time(inserted);
                    } else {
                        anchor.time(inserted);
                        phaen.time(imported);
                    }
                    if (result[0].outcome() != ImportResult.Outcome.IMPORTED) {
                        throw new IllegalStateException(result[0].toString());
                    }
                    rows += result[0].rows();
                    fileCount++;
                }
                out.printf("  %,d rows imported%n", rows);
            }
            out.println(importFigure(phaen.total(), phaen.cpuTotal(), rows, fileCount));
            out.printf(
                    "raw JDBC batch insert: %.1f s wall, %.1f s CPU (the same rows into a fresh embedded Derby)%n",
                    anchor.total() / 1e3, anchor.cpuTotal() / 1e3);
            out.printf(
                    "ratio import / raw JDBC, CPU time: %s  (target <= 1.0)%n",
                    Timer.ratio(phaen.cpuTotal() / 1e3, anchor.cpuTotal() / 1e3));
            out.printf(
                    "ratio import / raw JDBC, wall time: %s%n", Timer.ratio(phaen.total() / 1e3, anchor.total() / 1e3));
            Timer query = new Timer(3, queryRuns);
            int[] figures = new int[1];
            for (int i = 0; i < 3 + queryRuns; i++) {
                query.time(() ->
                        figures[0] = store.queries().indicatorTotals(periods).size()
                                + store.rows().progress(periods).size()
                                + store.rows().disbursements(periods).size());
            }
            out.printf(
                    "dashboard query, median of %d: %.1f ms wall, %.1f ms CPU (%,d indicator × period figures; target"
                            + " < 20 ms)%n",
                    queryRuns, query.median(), query.cpuMedian(), figures[0]);
        }
    }

    /** The import's line: times in milliseconds, printed in seconds, and rows per second of wall time. */
    static String importFigure(double wallMs, double cpuMs, long rows, int files) {
        return String.format(
                Locale.ROOT,
                "import into the store: %.1f s wall, %.1f s CPU (%,d measurement rows in %d files, %,.0f rows/s)",
                wallMs / 1e3,
                cpuMs / 1e3,
                rows,
                files,
                rows / (wallMs / 1e3));
    }

    private static ImportBatch file(int period, int firstAgency) {
        List<Measurement> rows = new ArrayList<>(INDICATORS * AGENCIES_PER_FILE);
        for (int i = 0; i < INDICATORS; i++) {
            for (int a = firstAgency; a < firstAgency + AGENCIES_PER_FILE; a++) {
                rows.add(new Measurement(
                        id("ind", i),
                        id("org", a),
                        id("per", period),
                        BigDecimal.valueOf((i * 7L + a * 13L) % 1000, 1),
                        null,
                        null));
            }
        }
        String name = "kpi-" + period + "-" + firstAgency + ".xlsx";
        return new ImportBatch(
                name,
                String.format("%064x", (long) period * 1000 + firstAgency),
                rows,
                List.of(),
                List.of(),
                List.of());
    }

    /** Uuid-shaped ids, as long as the model's. */
    private static String id(String kind, int n) {
        return String.format("%s0000-0000-4000-8000-%012d", kind.substring(0, 3) + "0", n);
    }

    private static KnownElements known() {
        Set<String> indicators = new HashSet<>(), agencies = new HashSet<>(), periods = new HashSet<>();
        for (int i = 0; i < INDICATORS; i++) {
            indicators.add(id("ind", i));
        }
        for (int a = 0; a < AGENCIES; a++) {
            agencies.add(id("org", a));
        }
        for (int p = 0; p < PERIODS; p++) {
            periods.add(id("per", p));
        }
        return new KnownElements(indicators, agencies, periods, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        run(System.out, 21, 100);
    }
}
