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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.monitoring.store.ReceiveResult;

/**
 * Tampered, truncated, zip-slip, oversized, replayed and newer packages: each refused with nothing imported, on
 * embedded Derby and on PostgreSQL (when the store tests have a server).
 */
class PackageRefusalsTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void tamperedMissingExtraTruncatedSlippingOversizedAndNewerPackagesImportNothing(String kind) throws Exception {
        Map<String, UnaryOperator<Map<String, byte[]>>> forgeries = new LinkedHashMap<>();
        forgeries.put("changed", e -> with(e, "data/measurements.csv", changed(e.get("data/measurements.csv"))));
        forgeries.put(
                "changed plan",
                e -> with(
                        e,
                        "plans/tak-2562.phaen",
                        new String(e.get("plans/tak-2562.phaen"), StandardCharsets.UTF_8)
                                .replaceFirst("name=\"", "name=\"X")
                                .getBytes(StandardCharsets.UTF_8)));
        forgeries.put("missing", e -> without(e, "data/progress.csv"));
        forgeries.put("extra", e -> with(e, "data/notes.txt", "hello".getBytes(StandardCharsets.UTF_8)));
        forgeries.put("zip-slip", e -> rehash(with(e, "../../evil.phaen", e.get("plans/tak-2562.phaen")), "1.1"));
        forgeries.put("absolute", e -> rehash(with(e, "/tmp/evil.phaen", e.get("plans/tak-2562.phaen")), "1.1"));
        forgeries.put("zip bomb", e -> rehash(with(e, "instruments/bomb.html", new byte[40 << 20]), "1.1"));
        forgeries.put("newer model", e -> rehash(e, "1.2"));
        forgeries.put("no manifest", e -> without(e, PackageManifest.NAME));
        try (MonitoringStore store = store(kind)) {
            for (Map.Entry<String, UnaryOperator<Map<String, byte[]>>> forgery : forgeries.entrySet()) {
                Path forged = TakPackageFixture.write(
                        forgery.getValue().apply(new LinkedHashMap<>(good)), dir.resolve(kind + "-forged.phaenpkg"));
                PackageRefusedException refused = assertThrows(
                        PackageRefusedException.class,
                        () -> PackageReception.receive(forged, store, dir),
                        forgery.getKey());
                assertTrue(
                        refused.getMessage().contains("refused")
                                || refused.getMessage().contains("newer"),
                        forgery.getKey() + ": " + refused.getMessage());
                assertEquals(0, TestStores.rows(store), forgery.getKey() + " imported something");
            }
            byte[] whole = Files.readAllBytes(goodFile);
            Path truncated =
                    Files.write(dir.resolve(kind + "-truncated.phaenpkg"), Arrays.copyOf(whole, whole.length / 2));
            assertThrows(PackageRefusedException.class, () -> PackageReception.receive(truncated, store, dir));
            assertEquals(0, TestStores.rows(store));
            assertFalse(Files.exists(dir.getParent().getParent().resolve("evil.phaen"))
                    || Files.exists(Path.of("/tmp/evil.phaen")));
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
