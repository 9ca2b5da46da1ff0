/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.imports.CollectedFiles;
import org.phaen.monitoring.imports.DeliveryLog;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.testing.SamplePlans;

/** Tak's sample plan with its sample collected data in a real Derby store, and packages made from them. */
public final class TakPackageFixture {

    public static final Path MODELS = SamplePlans.models();

    private TakPackageFixture() {}

    /** The region's and Tak's plans copied into {@code dir}, Tak's collected data imported into {@code dir/tak.store}. */
    public static List<Path> plansWithStore(Path dir) throws Exception {
        List<Path> plans = List.of(
                Files.copy(MODELS.resolve("region17-2562.phaen"), dir.resolve("region17-2562.phaen")),
                Files.copy(MODELS.resolve("tak-2562.phaen"), dir.resolve("tak-2562.phaen")));
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, plans.get(0));
        PlanModel tak = PlanFiles.load(set, plans.get(1));
        try (MonitoringStore store = MonitoringStore.embedded(dir.resolve("tak.store"));
                Stream<Path> files = Files.list(MODELS.resolve("collected/tak-2562"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("deliveries.csv")) {
                    store.records().deliveries(DeliveryLog.read(file, set, CollectedFiles.DEFAULT_MAX_BYTES));
                } else {
                    store.importBatch(
                            name.endsWith(".csv")
                                    ? CollectedFiles.csv(file, set, CollectedFiles.DEFAULT_MAX_BYTES, null)
                                    : CollectedFiles.workbook(file, set, CollectedFiles.DEFAULT_MAX_BYTES),
                            KnownElements.of(tak));
                }
            }
        }
        return plans;
    }

    /** A package of the plans and the store, made at {@code created}, for the 9-month period. */
    public static Map<String, byte[]> entries(List<Path> plans, Path storeFolder, Instant created) throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        List<PlanModel> models = List.of(PlanFiles.load(set, plans.get(0)), PlanFiles.load(set, plans.get(1)));
        try (MonitoringStore store = MonitoringStore.embedded(storeFolder)) {
            return new PackageBuilder(PackageScope.of(models.get(1), 2562, "2562-C9"))
                    .entries(plans, models, store, created);
        }
    }

    public static Map<String, byte[]> read(Path pkg) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(pkg))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes entries as given, whatever their names (a forged package). */
    public static Path write(Map<String, byte[]> entries, Path file) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(file, bytes.toByteArray());
    }

    /** The manifest rewritten so it lists the entries as they now are (a forger who also re-hashes). */
    public static Map<String, byte[]> rehashed(Map<String, byte[]> entries, String modelVersion) throws Exception {
        return rehashed(entries, modelVersion, null);
    }

    /** As above, made at {@code created} (null: when the package was made). */
    public static Map<String, byte[]> rehashed(Map<String, byte[]> entries, String modelVersion, Instant created)
            throws Exception {
        PackageManifest old = PackageManifest.parse(entries.get(PackageManifest.NAME));
        Map<String, PackageManifest.Entry> hashed = new LinkedHashMap<>();
        entries.forEach((path, b) -> {
            if (!path.equals(PackageManifest.NAME)) {
                hashed.put(path, new PackageManifest.Entry(PackageArchive.sha256(b), b.length, path));
            }
        });
        PackageManifest manifest = new PackageManifest(
                old.officeUuid(),
                old.officeCode(),
                old.officeName(),
                created == null ? old.created() : created,
                modelVersion,
                old.fiscalYear(),
                old.period(),
                old.plans(),
                hashed);
        Map<String, byte[]> result = new LinkedHashMap<>(entries);
        result.put(PackageManifest.NAME, manifest.toBytes());
        return result;
    }
}
