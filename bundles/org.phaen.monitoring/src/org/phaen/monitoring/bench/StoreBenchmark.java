package org.phaen.monitoring.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.store.ImportResult;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;

/**
 * {@code phaen bench store}: 1,000,000 indicator measurements (200 indicators × 500 agencies × 10 periods) imported
 * into a fresh embedded Derby store as 100 files of 10,000 rows, each file one transaction; then the progress
 * dashboard's query for all ten periods, timed repeatedly. Targets from the issue: under 30 s and under 200 ms.
 */
public final class StoreBenchmark {

    private static final int INDICATORS = 200, AGENCIES = 500, PERIODS = 10, AGENCIES_PER_FILE = 50;

    private StoreBenchmark() {
    }

    public static void run(PrintStream out, int queryRuns) throws Exception {
        Path dir = Files.createTempDirectory("phaen-bench-store");
        try {
            measure(out, queryRuns, dir.resolve("store"));
        } finally {
            deleteTree(dir); // half a gigabyte of database
        }
    }

    private static void measure(PrintStream out, int queryRuns, Path folder) throws Exception {
        KnownElements known = known();
        List<String> periods = new ArrayList<>(known.periods());
        try (MonitoringStore store = MonitoringStore.embedded(folder)) {
            long rows = 0;
            long start = System.nanoTime();
            int files = 0;
            for (int p = 0; p < PERIODS; p++) {
                for (int first = 0; first < AGENCIES; first += AGENCIES_PER_FILE) {
                    ImportResult result = store.importBatch(file(p, first), known);
                    if (result.outcome() != ImportResult.Outcome.IMPORTED) {
                        throw new IllegalStateException(result.toString());
                    }
                    rows += result.rows();
                    files++;
                }
                out.printf("  %,d rows imported%n", rows);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("import: %,d measurement rows in %d files, %.1f s (%,.0f rows/s; target < 30 s)%n", rows, files,
                seconds, rows / seconds);
            double[] ms = new double[queryRuns];
            int figures = 0;
            for (int i = -3; i < queryRuns; i++) {
                long t = System.nanoTime();
                figures = store.queries().indicatorTotals(periods).size() + store.queries().progress(periods).size()
                    + store.queries().disbursed(periods).size();
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            Arrays.sort(ms);
            out.printf("dashboard query over them (%,d indicator × period figures): median %.1f ms of %d runs (target < 200 ms)%n",
                figures, ms[queryRuns / 2], queryRuns);
        }
    }

    private static ImportBatch file(int period, int firstAgency) {
        List<Measurement> rows = new ArrayList<>(INDICATORS * AGENCIES_PER_FILE);
        for (int i = 0; i < INDICATORS; i++) {
            for (int a = firstAgency; a < firstAgency + AGENCIES_PER_FILE; a++) {
                rows.add(new Measurement(id("ind", i), id("org", a), id("per", period),
                    BigDecimal.valueOf((i * 7L + a * 13L) % 1000, 1), null, null));
            }
        }
        String name = "kpi-" + period + "-" + firstAgency + ".xlsx";
        return new ImportBatch(name, String.format("%064x", (long) period * 1000 + firstAgency), rows, List.of(), List.of(), List.of());
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
        run(System.out, 21);
    }
}
