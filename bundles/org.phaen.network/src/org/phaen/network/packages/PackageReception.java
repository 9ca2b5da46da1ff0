/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.Identifiers;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.PackageReceipt;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.monitoring.store.ReceiveResult;

/**
 * Receives one checked package into a store: its plans loaded (from a scratch folder) to check that every row names
 * an element of them and that the office is one of theirs, then its rows stored in one transaction. The sender's own
 * plan files are copied into {@code into} (when given) once the store has taken the rows.
 */
public final class PackageReception {

    /** What became of a package: the store's answer and the manifest it came with. */
    public record Received(PackageManifest manifest, ReceiveResult result) {}

    private PackageReception() {}

    public static Received receive(Path file, MonitoringStore store, Path into)
            throws PackageRefusedException, IOException, SQLException {
        return receive(file, store, into, PackageArchive.Bounds.PACKAGES);
    }

    /** As above within other bounds (tests check the size limits with small ones). */
    static Received receive(Path file, MonitoringStore store, Path into, PackageArchive.Bounds bounds)
            throws PackageRefusedException, IOException, SQLException {
        PackageArchive.Verified pkg = PackageArchive.open(file, bounds);
        PackageManifest manifest = pkg.manifest();
        PackageRows rows = PackageRows.fromFiles(pkg.entries());
        Path scratch = Files.createTempDirectory("phaen-package");
        try {
            ResourceSet set = PlanFiles.newResourceSet();
            PlanModel own = null;
            for (PackageManifest.Plan plan : manifest.plans()) {
                PlanModel model = load(set, scratch, plan, pkg.entries(), file);
                if (plan.own()) {
                    own = model;
                }
            }
            if (own == null || Identifiers.find(set, manifest.officeUuid()) == null) {
                throw new PackageRefusedException(file.getFileName()
                        + ": the sending office or its own plan is not among the package's plans; refused");
            }
            KnownElements known = KnownElements.of(own);
            for (ReportDelivery delivery : rows.deliveries()) {
                if (!known.scheduledReports().contains(delivery.report())) {
                    throw new PackageRefusedException(file.getFileName() + ": a delivery names report "
                            + delivery.report() + ", which its plans do not schedule; refused");
                }
            }
            ImportBatch batch = new ImportBatch(
                    file.getFileName().toString(),
                    pkg.sha256(),
                    rows.measurements(),
                    rows.progress(),
                    rows.disbursements(),
                    rows.responses());
            PackageReceipt receipt = new PackageReceipt(
                    pkg.sha256(),
                    manifest.officeUuid(),
                    manifest.officeCode(),
                    manifest.fiscalYear(),
                    manifest.period(),
                    manifest.created());
            ReceiveResult result = store.receivePackage(receipt, batch, rows.deliveries(), known);
            boolean stored = result.outcome() == ReceiveResult.Outcome.RECEIVED
                    || result.outcome() == ReceiveResult.Outcome.REPLACED;
            if (stored && into != null) {
                copyOwnPlans(manifest, pkg.entries(), into);
            }
            return new Received(manifest, result);
        } finally {
            deleteTree(scratch);
        }
    }

    private static PlanModel load(
            ResourceSet set, Path scratch, PackageManifest.Plan plan, Map<String, byte[]> entries, Path file)
            throws IOException, PackageRefusedException {
        Path target = scratch.resolve(plan.path()).normalize();
        if (!target.startsWith(scratch)) {
            throw new PackageRefusedException(
                    file.getFileName() + ": plan path " + plan.path() + " leaves the package; refused");
        }
        Files.createDirectories(target.getParent());
        Files.write(target, entries.get(plan.path()));
        try {
            PlanModel model = PlanFiles.load(set, target);
            if (!plan.uuid().equals(model.getUuid())) {
                throw new PackageRefusedException(
                        file.getFileName() + ": " + plan.path() + " is not the plan the manifest names; refused");
            }
            return model;
        } catch (PlanLoadException e) {
            throw new PackageRefusedException(
                    file.getFileName() + ": " + plan.path() + " cannot be read as a plan: " + e.getMessage());
        }
    }

    private static void copyOwnPlans(PackageManifest manifest, Map<String, byte[]> entries, Path into)
            throws IOException {
        Files.createDirectories(into);
        List<String> paths = new ArrayList<>();
        for (PackageManifest.Plan plan : manifest.plans()) {
            if (plan.own()) {
                paths.add(plan.path());
                if (entries.containsKey(plan.path() + ".notation")) {
                    paths.add(plan.path() + ".notation");
                }
            }
        }
        for (String path : paths) {
            Path target = into.resolve(Path.of(path).getFileName().toString());
            Path partial =
                    Files.write(target.resolveSibling("." + target.getFileName() + ".partial"), entries.get(path));
            Files.move(
                    partial,
                    target,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
