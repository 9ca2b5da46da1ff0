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
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.Alignment;
import org.phaen.model.PlanModel;
import org.phaen.testing.SamplePlans;

/** Loading into a resource set: one resource per file, a report of links that lead nowhere, an integrator's own set. */
class PlanFilesTest {

    private static final Path MODELS = SamplePlans.models();

    @TempDir
    Path dir;

    @Test
    void theSameFileLoadedTwiceIsOneResource() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel provincial = PlanFiles.load(set, MODELS.resolve("phitsanulok-2562.phaen"));
        EcoreUtil.resolveAll(set); // following the alignments loads the regional file
        assertEquals(2, set.getResources().size());
        PlanModel regional = PlanFiles.load(set, MODELS.resolve("region17-2562.phaen"));
        // Another spelling of the same path still names the same file.
        Path roundabout =
                MODELS.resolve("..").resolve(MODELS.getFileName()).resolve(".").resolve("phitsanulok-2562.phaen");
        assertSame(provincial, PlanFiles.load(set, roundabout));
        assertEquals(2, set.getResources().size(), "no second copy of a file");
        Alignment crossFile = null;
        for (var it = provincial.eAllContents(); it.hasNext() && crossFile == null; ) {
            if (it.next() instanceof Alignment alignment
                    && alignment.getTarget().eResource() != provincial.eResource()) {
                crossFile = alignment;
            }
        }
        assertNotNull(crossFile);
        assertSame(
                regional.eResource(), crossFile.getTarget().eResource(), "links lead into the resource the caller got");
    }

    @Test
    void aMissingLinkedFileIsListedInTheLoadReport() throws Exception {
        Path alone = Files.copy(MODELS.resolve("phitsanulok-2562.phaen"), dir.resolve("phitsanulok-2562.phaen"));
        ResourceSet set = PlanFiles.newResourceSet();
        LoadReport report = PlanFiles.loadAndCheckLinks(set, alone);
        assertFalse(report.complete());
        UnresolvedLink link = report.unresolvedLinks().stream()
                .filter(l -> l.source() instanceof Alignment)
                .findFirst()
                .orElseThrow();
        assertEquals("target", link.feature());
        assertTrue(link.target().startsWith("region17-2562.phaen#"), link.target());
        assertEquals("no such file", link.reason());

        // Once the regional file is there, loading it replaces the failed attempt, and every link resolves.
        PlanModel regional = PlanFiles.load(
                set, Files.copy(MODELS.resolve("region17-2562.phaen"), dir.resolve("region17-2562.phaen")));
        assertEquals(List.of(), CrossFileLinks.unresolved(report.plan().eResource()));
        assertEquals(List.of(report.plan().eResource(), regional.eResource()), set.getResources());
    }

    @Test
    void anIntegratorsOwnResourceSetLearnsToReadPlans() throws Exception {
        ResourceSet own = new ResourceSetImpl();
        assertSame(own, PlanFiles.configure(own));
        PlanModel plan = PlanFiles.load(own, MODELS.resolve("region17-2562.phaen"));
        assertInstanceOf(PhaenResource.class, plan.eResource());
        assertEquals(List.of(plan.eResource()), own.getResources());
    }
}
