/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.PlanModel;
import org.phaen.testing.SamplePlans;

/** A plan saved under a new name: its links to its own elements name the new file. */
class SaveAsTest {

    private static final Path MODELS = SamplePlans.models();

    @TempDir
    Path dir;

    @Test
    void linksToTheOwnFileFollowThePlanToItsNewName() throws Exception {
        // Tak's monitoring plan's reporting agencies mix the region's and Tak's own, so Tak's are written as
        // href="#uuid".
        Path tak = Files.copy(MODELS.resolve("tak-2562.phaen"), dir.resolve("tak-2562.phaen"));
        Files.copy(MODELS.resolve("region17-2562.phaen"), dir.resolve("region17-2562.phaen"));
        assertTrue(
                Files.readString(tak).contains("<reportingAgencies href=\"#"),
                "the sample still mixes the two kinds of link");

        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel model = PlanFiles.load(set, tak);
        Path renamed = dir.resolve("tak-2562-revised.phaen");
        PlanFiles.saveAs(model, set, renamed);

        String written = Files.readString(renamed);
        assertFalse(written.contains("tak-2562.phaen#"), "no link names the old file");
        assertTrue(written.contains("<reportingAgencies href=\"#"), "own elements are still written as #uuid");
        assertTrue(written.contains("href=\"region17-2562.phaen#"), "links to the region as they were");

        // Read back on its own (the old file gone), every link resolves, the own ones into the new file.
        Files.delete(tak);
        ResourceSet fresh = PlanFiles.newResourceSet();
        LoadReport report = PlanFiles.loadAndCheckLinks(fresh, renamed);
        assertEquals(List.of(), report.unresolvedLinks());
        List<? extends EObject> agencies =
                report.plan().getMonitoringPlans().get(0).getReportingAgencies();
        assertTrue(
                agencies.stream()
                        .anyMatch(agency -> agency.eResource() == report.plan().eResource()),
                "some agencies are Tak's own");
        assertEquals(written, Files.readString(saveAgain(report.plan())), "the renamed plan saves to the same bytes");
    }

    private static Path saveAgain(PlanModel plan) throws Exception {
        PlanFiles.save(plan);
        return Path.of(plan.eResource().getURI().toFileString());
    }
}
