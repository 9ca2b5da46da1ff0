/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.imports.CollectedFiles;
import org.phaen.testing.SamplePlans;

/** The provincial samples shipped in models/ are what the seeded generator makes from the shipped regional plan today. */
class ShippedProvincesTest {

    static final Path MODELS = SamplePlans.models();
    private static final String REGION = "region17-2562.phaen";

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() throws Exception {
        Files.copy(MODELS.resolve(REGION), dir.resolve(REGION));
        Region17Samples.write(dir.resolve(REGION), dir);
    }

    @Test
    void thePlansAreTheGeneratorsOutput() throws Exception {
        assertEquals(4, ProvinceProfile.region17().size());
        for (ProvinceProfile province : ProvinceProfile.region17()) {
            String name = province.file() + ".phaen";
            // Byte for byte: the content and the layout (one element per line, as every plan file is written).
            assertEquals(
                    Files.readString(dir.resolve(name)),
                    Files.readString(MODELS.resolve(name)),
                    name + " differs from the generator's output: run ./phaen generate-provinces --region models/"
                            + REGION + " --out models");
        }
    }

    @Test
    void theCollectedDataAreTheGeneratorsOutput() throws Exception {
        for (ProvinceProfile province : ProvinceProfile.region17()) {
            Path shipped = MODELS.resolve("collected").resolve(province.file());
            Path fresh = dir.resolve("collected").resolve(province.file());
            List<String> names = names(shipped);
            assertEquals(names, names(fresh), province.file());
            assertTrue(names.size() >= 8, names.toString());
            ResourceSet plans = PlanFiles.newResourceSet();
            PlanFiles.load(plans, MODELS.resolve(REGION));
            PlanFiles.load(plans, MODELS.resolve(province.file() + ".phaen"));
            for (String name : names) {
                if (name.endsWith(".csv")) {
                    assertArrayEquals(
                            Files.readAllBytes(shipped.resolve(name)), Files.readAllBytes(fresh.resolve(name)), name);
                } else { // workbooks carry their save time; what they say must be the same
                    ImportBatch before =
                            CollectedFiles.workbook(shipped.resolve(name), plans, CollectedFiles.DEFAULT_MAX_BYTES);
                    ImportBatch now =
                            CollectedFiles.workbook(fresh.resolve(name), plans, CollectedFiles.DEFAULT_MAX_BYTES);
                    assertEquals(before.measurements(), now.measurements(), name);
                    assertEquals(before.progress(), now.progress(), name);
                    assertEquals(before.disbursements(), now.disbursements(), name);
                    assertTrue(
                            !before.measurements().isEmpty()
                                    || !before.disbursements().isEmpty(),
                            name + " holds figures");
                }
            }
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
