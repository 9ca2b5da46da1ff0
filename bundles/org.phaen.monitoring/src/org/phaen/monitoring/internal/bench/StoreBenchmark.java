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

    public static void run(PrintStream out, int queryRuns) throws Exception {
        Path dir = Files.createTempDirectory("phaen-bench-store");
        try {
            measure(out, queryRuns, dir);
        } finally {
            deleteTree(dir); // half a gigabyte of database
        }
    }

    private static void measure(PrintStream out, int queryRuns, Path dir) throws Exception {
        KnownElements known = known();
        List<String> periods = new ArrayList<>(known.periods());
        try (MonitoringStore store = MonitoringStore.embedded(dir.resolve("store"));
                RawJdbcInsert raw = new RawJdbcInsert(dir.resolve("raw"))) {
            long rows = 0;
            long phaenNanos = 0, rawNanos = 0;
            int files = 0;
            for (int p = 0; p < PERIODS; p++) {
                for (int first = 0; first < AGENCIES; first += AGENCIES_PER_FILE) {
                    ImportBatch file = file(p, first);
                    // Each file into both, one after the other, so both see the same machine.
                    Timer.collectGarbage();
                    long start = System.nanoTime();
                    ImportResult result = store.importBatch(file, known);
                    phaenNanos += System.nanoTime() - start;
                    if (result.outcome() != ImportResult.Outcome.IMPORTED) {
                        throw new IllegalStateException(result.toString());
                    }
                    Timer.collectGarbage();
                    start = System.nanoTime();
                    raw.insert(file.measurements(), files);
                    rawNanos += System.nanoTime() - start;
                    rows += result.rows();
                    files++;
                }
                out.printf("  %,d rows imported%n", rows);
            }
            out.printf(
                    "import into the store: %.1f s (%,d measurement rows in %d files, %,.0f rows/s)%n",
                    phaenNanos / 1e9, rows, files, rows / (phaenNanos / 1e9));
            out.printf(
                    "raw JDBC batch insert: %.1f s (the same rows into a fresh embedded Derby, %,.0f rows/s)%n",
                    rawNanos / 1e9, rows / (rawNanos / 1e9));
            out.printf("ratio import / raw JDBC: %s (target <= 1.0)%n", Timer.ratio(phaenNanos, rawNanos));
            Timer query = new Timer(3, queryRuns);
            int[] figures = new int[1];
            for (int i = 0; i < 3 + queryRuns; i++) {
                query.time(() ->
                        figures[0] = store.queries().indicatorTotals(periods).size()
                                + store.rows().progress(periods).size()
                                + store.rows().disbursements(periods).size());
            }
            out.printf(
                    "dashboard query, median of %d: %.1f ms (%,d indicator × period figures; target < 20 ms)%n",
                    queryRuns, query.median(), figures[0]);
        }
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
        run(System.out, 21);
    }
}
