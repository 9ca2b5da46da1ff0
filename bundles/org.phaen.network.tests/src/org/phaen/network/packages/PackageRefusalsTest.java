/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.store.ImportResult;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.monitoring.store.ReceiveResult;

/**
 * Tampered, truncated, zip-slip, oversized, replayed and newer packages: each refused with nothing imported (a test
 * case each), on embedded Derby and on PostgreSQL (when the store tests have a server); the same package twice counts
 * once; a newer package of the office and period replaces the older in one transaction.
 */
class PackageRefusalsTest {

    private static final String QUARTER_4 = "1c647a01-e983-37d8-9a7a-2f65968092c1"; // Tak's 2562-Q4, outside C9

    @TempDir
    static Path dir;

    static Map<String, byte[]> good;
    static Path goodFile;

    @BeforeAll
    static void makeThePackage() throws Exception {
        List<Path> plans = TakPackageFixture.plansWithStore(dir);
        good = TakPackageFixture.entries(plans, dir.resolve("tak.store"), Instant.parse("2019-07-05T02:00:00Z"));
        goodFile = dir.resolve("tak.phaenpkg");
        PackageFiles.write(good, goodFile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void aGoodPackageIsReceivedOnceHoweverOftenItComes(String kind) throws Exception {
        try (MonitoringStore store = store(kind)) {
            Path into = Files.createDirectories(dir.resolve(kind + "-plans"));
            ReceiveResult first =
                    PackageReception.receive(goodFile, store, into).result();
            assertEquals(
                    ReceiveResult.Outcome.RECEIVED,
                    first.outcome(),
                    first.errors().toString());
            long rows = TestStores.rows(store);
            assertTrue(
                    store.queries().count("measurement") > 100
                            && store.queries().count("report_delivery") > 0,
                    "rows " + rows);
            assertTrue(
                    Files.isRegularFile(into.resolve("tak-2562.phaen"))
                            && !Files.exists(into.resolve("region17-2562.phaen")),
                    "only the sender's own plan is copied");
            Path replayed = Files.copy(goodFile, dir.resolve(kind + "-again.phaenpkg"));
            assertEquals(
                    ReceiveResult.Outcome.ALREADY_RECEIVED,
                    PackageReception.receive(replayed, store, into).result().outcome());
            assertEquals(rows, TestStores.rows(store), "the same package twice counts once");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void aNewerPackageReplacesTheOlderInOneGoAndTheOlderCannotComeBack(String kind) throws Exception {
        List<Path> plans = List.of(dir.resolve("region17-2562.phaen"), dir.resolve("tak-2562.phaen"));
        Path newer = dir.resolve(kind + "-newer.phaenpkg");
        PackageFiles.write(
                TakPackageFixture.entries(plans, dir.resolve("tak.store"), Instant.parse("2019-07-20T02:00:00Z")),
                newer);
        try (MonitoringStore store = store(kind)) {
            PackageReception.receive(goodFile, store, null);
            long rows = TestStores.rows(store);
            ReceiveResult replaced =
                    PackageReception.receive(newer, store, null).result();
            assertEquals(ReceiveResult.Outcome.REPLACED, replaced.outcome());
            assertEquals(Instant.parse("2019-07-05T02:00:00Z"), replaced.replaced());
            assertEquals(
                    rows,
                    TestStores.rows(store),
                    "the older package's rows gave way to the newer's, not added to them");
            assertEquals(1, store.queries().count("package_receipt"));
            assertEquals(
                    ReceiveResult.Outcome.OLDER,
                    PackageReception.receive(goodFile, store, null).result().outcome());
            assertEquals(rows, TestStores.rows(store));
        }
    }

    /**
     * Replacing is one transaction: a newer package one of whose rows another import already stored is rejected when
     * that row is written, after the older package's rows were taken back in the same transaction; the rollback leaves
     * the older package in force with every row it had.
     */
    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void aNewerPackageThatCannotBeStoredLeavesTheOlderInForceWithAllItsRows(String kind) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(good);
        files.remove(PackageManifest.NAME);
        PackageRows rows = PackageRows.fromFiles(files);
        Measurement first = rows.measurements().get(0);
        Measurement fourthQuarter =
                new Measurement(first.indicator(), first.agency(), QUARTER_4, first.value(), null, "q4.csv");
        List<Measurement> more = new ArrayList<>(rows.measurements());
        more.add(fourthQuarter);
        Map<String, byte[]> newer = new LinkedHashMap<>(good);
        newer.putAll(new PackageRows(more, rows.progress(), rows.disbursements(), rows.responses(), rows.deliveries())
                .toFiles());
        Path newerFile = TakPackageFixture.write(
                TakPackageFixture.rehashed(newer, "1.1", Instant.parse("2019-07-20T02:00:00Z")),
                dir.resolve(kind + "-newer-clashing.phaenpkg"));
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, dir.resolve("region17-2562.phaen"));
        KnownElements tak = KnownElements.of(PlanFiles.load(set, dir.resolve("tak-2562.phaen")));
        try (MonitoringStore store = store(kind)) {
            PackageReception.receive(goodFile, store, null);
            ImportResult other = store.importBatch(
                    new ImportBatch("q4.csv", "q4-" + kind, List.of(fourthQuarter), List.of(), List.of(), List.of()),
                    tak);
            assertEquals(
                    ImportResult.Outcome.IMPORTED,
                    other.outcome(),
                    other.errors().toString());
            long rowsBefore = TestStores.rows(store),
                    measurementsBefore = store.queries().count("measurement");

            ReceiveResult clashing =
                    PackageReception.receive(newerFile, store, null).result();
            assertEquals(ReceiveResult.Outcome.REJECTED, clashing.outcome());
            assertFalse(clashing.errors().isEmpty());
            assertEquals(rowsBefore, TestStores.rows(store), "the older package's rows were given back, not lost");
            assertEquals(measurementsBefore, store.queries().count("measurement"));
            assertEquals(1, store.queries().count("package_receipt"));
            assertEquals(
                    ReceiveResult.Outcome.ALREADY_RECEIVED,
                    PackageReception.receive(goodFile, store, null).result().outcome(),
                    "the older package is still the one in force");
        }
    }

    /** Each forgery of the good package, by name: what a sender or someone on the way could have done to it. */
    static final Map<String, UnaryOperator<Map<String, byte[]>>> FORGERIES = new LinkedHashMap<>();

    static {
        FORGERIES.put("tampered data", e -> with(e, "data/measurements.csv", changed(e.get("data/measurements.csv"))));
        FORGERIES.put(
                "tampered plan",
                e -> with(
                        e,
                        "plans/tak-2562.phaen",
                        new String(e.get("plans/tak-2562.phaen"), StandardCharsets.UTF_8)
                                .replaceFirst("name=\"", "name=\"X")
                                .getBytes(StandardCharsets.UTF_8)));
        FORGERIES.put("missing entry", e -> without(e, "data/progress.csv"));
        FORGERIES.put("extra entry", e -> with(e, "data/notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        FORGERIES.put("zip-slip", e -> rehash(with(e, "../../evil.phaen", e.get("plans/tak-2562.phaen")), "1.1"));
        FORGERIES.put("absolute path", e -> rehash(with(e, "/tmp/evil.phaen", e.get("plans/tak-2562.phaen")), "1.1"));
        FORGERIES.put("zip bomb", e -> rehash(with(e, "instruments/bomb.html", new byte[40 << 20]), "1.1"));
        FORGERIES.put("too many entries", e -> {
            for (int i = 0; i < 10_000; i++) {
                e.put("instruments/x" + i + ".html", new byte[] {(byte) i});
            }
            return rehash(e, "1.1");
        });
        FORGERIES.put("newer model", e -> rehash(e, "1.2"));
        FORGERIES.put("no manifest", e -> without(e, PackageManifest.NAME));
    }

    static Stream<Arguments> forgeries() {
        return Stream.of("derby", "postgres")
                .flatMap(kind -> FORGERIES.keySet().stream().map(forgery -> Arguments.of(kind, forgery)));
    }

    @ParameterizedTest(name = "{1} ({0})")
    @MethodSource("forgeries")
    void aForgedPackageIsRefusedWithNothingImported(String kind, String forgery) throws Exception {
        Path forged = TakPackageFixture.write(
                FORGERIES.get(forgery).apply(new LinkedHashMap<>(good)), dir.resolve(kind + "-forged.phaenpkg"));
        assertRefusedWithNothingImported(kind, forged, PackageArchive.Bounds.PACKAGES);
        assertFalse(Files.exists(dir.getParent().getParent().resolve("evil.phaen"))
                || Files.exists(Path.of("/tmp/evil.phaen")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void aTruncatedPackageIsRefusedWithNothingImported(String kind) throws Exception {
        byte[] whole = Files.readAllBytes(goodFile);
        for (int length : new int[] {whole.length / 2, whole.length - 30, 10}) {
            Path truncated = Files.write(dir.resolve(kind + "-truncated.phaenpkg"), Arrays.copyOf(whole, length));
            assertRefusedWithNothingImported(kind, truncated, PackageArchive.Bounds.PACKAGES);
        }
    }

    /**
     * An entry past the bytes allowed for one, and entries past the bytes allowed for all, each refused. The bounds are
     * made small here (1 MB an entry, 3 MB in all; the packages' own are 256 MB and 1 GB) so that the entries can be
     * random bytes, which do not compress: the refusal comes from counting the inflated bytes, not from the ratio.
     */
    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void anOversizedEntryOrPackageIsRefusedWithNothingImported(String kind) throws Exception {
        PackageArchive.Bounds small = new PackageArchive.Bounds(10_000, 1 << 20, 3 << 20, 100);
        java.util.Random random = new java.util.Random(15);
        byte[] big = new byte[(1 << 20) + 1];
        random.nextBytes(big);
        Path entry = TakPackageFixture.write(
                rehash(with(new LinkedHashMap<>(good), "instruments/big.html", big), "1.1"),
                dir.resolve(kind + "-big-entry.phaenpkg"));
        assertRefusedWithNothingImported(kind, entry, small);
        Map<String, byte[]> many = new LinkedHashMap<>(good);
        for (int i = 0; i < 4; i++) {
            byte[] part = new byte[900 << 10];
            random.nextBytes(part);
            many.put("instruments/part" + i + ".html", part);
        }
        Path total = TakPackageFixture.write(rehash(many, "1.1"), dir.resolve(kind + "-big-total.phaenpkg"));
        assertRefusedWithNothingImported(kind, total, small);
        Path fits = TakPackageFixture.write(
                rehash(with(new LinkedHashMap<>(good), "instruments/big.html", Arrays.copyOf(big, 1 << 19)), "1.1"),
                dir.resolve(kind + "-fits.phaenpkg"));
        try (MonitoringStore store = store(kind)) {
            assertEquals(
                    ReceiveResult.Outcome.RECEIVED,
                    PackageReception.receive(fits, store, null, small).result().outcome(),
                    "within the small bounds the same package is received");
        }
    }

    private void assertRefusedWithNothingImported(String kind, Path forged, PackageArchive.Bounds bounds)
            throws Exception {
        Path into = Files.createDirectories(dir.resolve(kind + "-into-" + System.nanoTime()));
        try (MonitoringStore store = store(kind)) {
            PackageRefusedException refused = assertThrows(
                    PackageRefusedException.class,
                    () -> PackageReception.receive(forged, store, into, bounds),
                    forged.getFileName().toString());
            assertTrue(
                    refused.getMessage().contains("refused")
                            || refused.getMessage().contains("newer")
                            || refused.getMessage().contains("cannot be read"),
                    refused.getMessage());
            assertEquals(0, TestStores.rows(store), "imported something: " + refused.getMessage());
            try (Stream<Path> copied = Files.list(into)) {
                assertEquals(0, copied.count(), "no plan file copied");
            }
        }
    }

    private static MonitoringStore store(String kind) throws Exception {
        MonitoringStore store = TestStores.fresh(kind, dir);
        assumeTrue(store != null, "PostgreSQL package tests SKIPPED: no server given (PHAEN_TEST_POSTGRES_URL)");
        return store;
    }

    private static Map<String, byte[]> with(Map<String, byte[]> entries, String path, byte[] bytes) {
        entries.put(path, bytes);
        return entries;
    }

    private static Map<String, byte[]> without(Map<String, byte[]> entries, String path) {
        entries.remove(path);
        return entries;
    }

    private static Map<String, byte[]> rehash(Map<String, byte[]> entries, String modelVersion) {
        try {
            return TakPackageFixture.rehashed(entries, modelVersion);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] changed(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length - 5] = (byte) (copy[copy.length - 5] == '1' ? '2' : '1');
        return copy;
    }
}
