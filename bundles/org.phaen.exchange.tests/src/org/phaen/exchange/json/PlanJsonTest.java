/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.json;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.Alignment;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;
import org.phaen.testing.SamplePlans;

class PlanJsonTest {

    @TempDir
    Path dir;

    @Test
    void aPlanSurvivesJsonAndBackWithItsLinksToTheRegionalPlan() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel original = SamplePlans.province(set);
        Path json = dir.resolve("json/phitsanulok.json");
        Files.createDirectories(json.getParent());
        PlanJson.write(original, json);
        assertEquals(2, set.getResources().size(), "the JSON resource is not left in the set");

        String text = Files.readString(json);
        assertTrue(text.contains("\"eClass\""), "objects carry their metaclass");
        assertTrue(text.contains("แผนพัฒนาการศึกษาจังหวัดพิษณุโลก"), "Thai text is written as it is");
        assertTrue(text.contains("region17-2562.phaen#"), "links to the regional plan stay links to its file");

        Path plan = dir.resolve("plan/phitsanulok.phaen");
        Files.createDirectories(plan.getParent());
        PlanJson.convert(json, plan, PlanFiles.newResourceSet());

        ResourceSet reloadedSet = PlanFiles.newResourceSet();
        PlanModel reloaded = PlanFiles.load(reloadedSet, plan);
        assertTrue(
                EcoreUtil.equals(original, reloaded),
                "the converted plan equals the original, cross-file links included");
        long toRegion = 0;
        for (var it = reloaded.eAllContents(); it.hasNext(); ) {
            if (it.next() instanceof Alignment alignment
                    && alignment.getTarget().eResource() != reloaded.eResource()) {
                assertFalse(
                        alignment.getTarget().eIsProxy(),
                        "an alignment to the regional plan resolves from the new file");
                assertTrue(alignment
                        .getTarget()
                        .eResource()
                        .getURI()
                        .toFileString()
                        .endsWith("region17-2562.phaen"));
                toRegion++;
            }
        }
        assertTrue(toRegion >= 3, "alignments to the regional plan: " + toRegion);
    }

    @Test
    void theRegionalPlanBookTextSurvivesJsonAndBack() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel original = PlanFiles.load(set, SamplePlans.file("region17-2562.phaen"));
        Path json = dir.resolve("region17.json");
        PlanJson.write(original, json);
        String text = Files.readString(json);
        for (String feature :
                List.of("\"narrative\"", "\"swotItems\"", "\"coreValues\"", "\"revisions\"", "\"tablesAfter\"")) {
            assertTrue(text.contains(feature), feature);
        }
        Path plan = dir.resolve("region17-2562.phaen");
        PlanJson.convert(json, plan, PlanFiles.newResourceSet());
        // The comparison follows links into the provincial file and from there back into the regional one (its spending
        // plans name the region's funding sources): read back, those must land in the converted file, not the original.
        ResourceSet reloadedSet = PlanFiles.newResourceSet();
        reloadedSet
                .getURIConverter()
                .getURIMap()
                .put(
                        URI.createFileURI(
                                SamplePlans.file("region17-2562.phaen").toString()),
                        URI.createFileURI(plan.toAbsolutePath().toString()));
        PlanModel reloaded = PlanFiles.load(reloadedSet, plan);
        assertTrue(EcoreUtil.equals(original, reloaded), "the plan book's text, SWOT and approval come back");
        assertEquals(
                1,
                reloadedSet.getResources().stream()
                        .filter(r -> r.getURI().lastSegment().startsWith("region17"))
                        .count(),
                "the provincial file's links lead back into the converted regional plan");
    }

    @Test
    void somethingElseIsRefusedWithTheFileName() throws Exception {
        Path notPlan = dir.resolve("other.json");
        Files.writeString(notPlan, "{\"hello\": 1}");
        PlanLoadException e =
                assertThrows(PlanLoadException.class, () -> PlanJson.read(notPlan, PlanFiles.newResourceSet()));
        assertTrue(e.getMessage().contains("other.json"), e.getMessage());
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"eClass\": ");
        assertThrows(PlanLoadException.class, () -> PlanJson.read(broken, PlanFiles.newResourceSet()));
    }
}
