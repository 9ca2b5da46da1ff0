/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.network.packages.PackageFiles;
import org.phaen.network.packages.PackageReception;
import org.phaen.network.packages.TakPackageFixture;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Cell;
import org.phaen.reports.internal.document.Report;
import org.phaen.reports.store.StoreFacts;

/** The regional report after Tak's package alone arrived: Tak's strategies, figures and statuses, the four other offices named as missing. */
class RegionalReportTest {

    @TempDir
    Path dir;

    @Test
    void theRegionSeesTaksPlanAndFiguresAndWhoHasNotSent() throws Exception {
        Path sender = Files.createDirectories(dir.resolve("tak"));
        List<Path> plans = TakPackageFixture.plansWithStore(sender);
        Path pkg = dir.resolve("tak.phaenpkg");
        PackageFiles.write(
                TakPackageFixture.entries(plans, sender.resolve("tak.store"), Instant.parse("2019-07-05T02:00:00Z")),
                pkg);
        Path region = Files.createDirectories(dir.resolve("region"));
        Files.copy(TakPackageFixture.MODELS.resolve("region17-2562.phaen"), region.resolve("region17-2562.phaen"));
        try (MonitoringStore store = MonitoringStore.embedded(region.resolve("region.store"))) {
            PackageReception.receive(pkg, store, region);
            ResourceSet set = PlanFiles.newResourceSet();
            PlanFiles.load(set, region.resolve("region17-2562.phaen"));
            PlanFiles.load(set, region.resolve("tak-2562.phaen"));
            RegionalPlans loaded = RegionalPlans.of(set, 2562, "2562-C9");
            assertEquals(1, loaded.provinces().size());
            Set<String> arrived =
                    store.rows().receipts().stream().map(r -> r.office()).collect(Collectors.toSet());
            Report report = new RegionalReport(loaded, 2562, new StoreFacts(store), RegionalTexts.of("en"))
                    .build(arrived, "9 months");

            List<String> missing = texts(report.tables().get(0)).stream()
                    .filter(r -> r.endsWith("not received"))
                    .toList();
            assertEquals(4, missing.size(), missing.toString());
            assertTrue(missing.stream().noneMatch(r -> r.startsWith("PEO-TAK")));
            String strategies = String.join("\n", texts(report.tables().get(1)));
            assertTrue(
                    strategies.contains("R17-S1.1")
                            && strategies.contains("TAK-S1.1")
                            && strategies.contains("TAK62-01"),
                    strategies);
            List<String> indicators = texts(report.tables().get(2));
            assertEquals(16, indicators.size(), "Tak contributes to each of the 16 regional indicators");
            assertTrue(
                    indicators.stream()
                            .anyMatch(r -> r.endsWith("Met") || r.endsWith("On track") || r.endsWith("Behind")),
                    "figures from the package: " + indicators);
            List<String> matrix = texts(report.tables().get(3));
            assertEquals(1, matrix.size());
            assertTrue(matrix.get(0).startsWith("PEO-TAK") && !matrix.get(0).contains(" - "), matrix.get(0));
        }
    }

    private static List<String> texts(Block.Table table) {
        return table.rows().stream()
                .map(r -> r.stream().map(Cell::text).collect(Collectors.joining(" | ")))
                .toList();
    }
}
