/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.imports.CollectedFiles;

/** The example collected data shipped in models/collected are what the generator makes from the shipped plan today. */
class GenerateCollectedCommandTest {

    private static final Path SHIPPED = Path.of(CliRun.sample("collected"), "phitsanulok-2562");

    @TempDir
    Path dir;

    @Test
    void theShippedSamplesAreTheGeneratorsOutput() throws Exception {
        CliRun run = CliRun.of(
                "generate-collected",
                "--plan",
                CliRun.sample("region17-2562.phaen"),
                "--plan",
                CliRun.sample("phitsanulok-2562.phaen"),
                "--fy",
                "2562",
                "--until",
                "2019-06-30",
                "--out",
                dir.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        List<String> names;
        try (Stream<Path> files = Files.list(SHIPPED)) {
            names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".csv") || n.endsWith(".xlsx"))
                    .sorted()
                    .toList();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(
                    names, files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        ResourceSet plans = PlanFiles.newResourceSet();
        PlanFiles.load(plans, Path.of(CliRun.sample("region17-2562.phaen")));
        PlanFiles.load(plans, Path.of(CliRun.sample("phitsanulok-2562.phaen")));
        for (String name : names) {
            if (name.endsWith(".csv")) {
                assertArrayEquals(
                        Files.readAllBytes(SHIPPED.resolve(name)), Files.readAllBytes(dir.resolve(name)), name);
            } else {
                // Workbooks carry their save time; what they say must be the same.
                ImportBatch shipped =
                        CollectedFiles.workbook(SHIPPED.resolve(name), plans, CollectedFiles.DEFAULT_MAX_BYTES);
                ImportBatch fresh = CollectedFiles.workbook(dir.resolve(name), plans, CollectedFiles.DEFAULT_MAX_BYTES);
                assertEquals(shipped.measurements(), fresh.measurements(), name);
                assertEquals(shipped.progress(), fresh.progress(), name);
                assertEquals(shipped.disbursements(), fresh.disbursements(), name);
                assertTrue(
                        !shipped.measurements().isEmpty()
                                || !shipped.disbursements().isEmpty(),
                        name + " holds figures");
            }
        }
    }

    @Test
    void aPlanWithoutSavedInstrumentsIsBadInput() {
        CliRun run = CliRun.of(
                "generate-collected",
                "--plan",
                CliRun.sample("region17-2562.phaen"),
                "--fy",
                "2562",
                "--until",
                "2019-06-30",
                "--out",
                dir.toString());
        assertEquals(PhaenCli.BAD_INPUT, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("phaen: "), run.err());
    }
}
