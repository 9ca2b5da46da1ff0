/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.notation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.diagram.layout.Pin;
import org.phaen.model.Goal;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.ModelAssertions;
import org.phaen.testing.SamplePlans;

class NotationFileTest {

    @TempDir
    Path dir;

    @Test
    void pinsRoundTripExactlyInAFileNextToThePlanWhichStaysUntouched() throws Exception {
        Path plan = copy("region17-2562.phaen");
        byte[] planBytes = Files.readAllBytes(plan);
        Notation notation = new Notation();
        notation.pins("strategy-map").put("a-uuid/goal", new Pin(10, 20));
        notation.pins("strategy-map").put("b-uuid/strategy", new Pin(-0.1, 1e-3, 200.5, 64));
        notation.pins("alignment").put("c \"quoted\" ไทย/issue", new Pin(1.0 / 3, 7));
        NotationFile.save(plan, notation);

        assertEquals(dir.resolve("region17-2562.phaen.notation"), NotationFile.of(plan));
        assertTrue(Files.exists(NotationFile.of(plan)));
        assertArrayEquals(planBytes, Files.readAllBytes(plan));
        assertEquals(List.of("region17-2562.phaen", "region17-2562.phaen.notation"), list());
        Notation read = NotationFile.load(plan);
        assertEquals(notation.diagrams(), read.diagrams());
    }

    @Test
    void savingAgainReplacesTheFileAndLeavesNoTemporaryFiles() throws Exception {
        Path plan = copy("region17-2562.phaen");
        Notation notation = new Notation();
        notation.pins("strategy-map").put("x/goal", new Pin(1, 2));
        NotationFile.save(plan, notation);
        notation.pins("strategy-map").put("x/goal", new Pin(3, 4));
        NotationFile.save(plan, notation);
        assertEquals(new Pin(3, 4), NotationFile.load(plan).pins("strategy-map").get("x/goal"));
        assertEquals(List.of("region17-2562.phaen", "region17-2562.phaen.notation"), list());
    }

    @Test
    void aPlanWithoutNotationHasNoPins() throws Exception {
        assertEquals(0, NotationFile.load(copy("region17-2562.phaen")).count());
    }

    @Test
    void pinsOfDeletedElementsAreDroppedOnLoadWithoutError() throws Exception {
        Path plan = copy("region17-2562.phaen");
        ResourceSet set = PlanFiles.newResourceSet();
        Goal goal = ModelAssertions.all(PlanFiles.load(set, plan), Goal.class).get(0);
        Notation notation = new Notation();
        notation.pins("strategy-map").put(goal.getUuid() + "/goal", new Pin(1, 2));
        notation.pins("strategy-map").put("deleted-0000/goal", new Pin(3, 4));
        notation.pins("partner-network").put("deleted-1111/org", new Pin(5, 6));
        NotationFile.save(plan, notation);

        Notation loaded = NotationFile.load(plan, set);
        assertEquals(Map.of("strategy-map", Map.of(goal.getUuid() + "/goal", new Pin(1, 2))), loaded.diagrams());
    }

    @Test
    void somethingElseIsNotReadAsANotation() throws Exception {
        Path plan = copy("region17-2562.phaen");
        Files.writeString(NotationFile.of(plan), "{\"format\": \"other\"}");
        assertThrows(IllegalArgumentException.class, () -> NotationFile.load(plan));
    }

    private Path copy(String name) throws Exception {
        return Files.copy(SamplePlans.file(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> list() throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
