/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.phaen.model.PhaenPackage;

class DescriptionsTest {

    @Test
    void theThreeDescriptionsReadAndNameOnlyClassesOfTheModel() {
        for (DiagramDescription d :
                List.of(Descriptions.strategyMap(), Descriptions.alignment(), Descriptions.partnerNetwork())) {
            assertTrue(!d.allMappings().isEmpty() && !d.edges().isEmpty(), d.id());
            for (Mapping m : d.allMappings()) {
                assertTrue(
                        PhaenPackage.eINSTANCE.getEClassifier(m.domainClass()) != null,
                        d.id() + ": " + m.domainClass());
            }
            List<String> ids = d.allMappings().stream().map(Mapping::id).toList();
            for (EdgeMapping e : d.edges()) {
                e.sources()
                        .forEach(s -> assertTrue(
                                s.equals("*") || ids.contains(s), d.id() + " edge " + e.id() + " source " + s));
                e.targets()
                        .forEach(t -> assertTrue(
                                t.equals("*") || ids.contains(t), d.id() + " edge " + e.id() + " target " + t));
            }
        }
    }

    @Test
    void containersNamedStylesAndDecorationsAreRead() {
        DiagramDescription alignment = Descriptions.alignment();
        assertEquals("UP", alignment.direction());
        Mapping plan = alignment.mappings().get(0);
        assertTrue(plan instanceof ContainerMapping);
        assertEquals(
                List.of("issue", "strategy", "project"),
                plan.children().stream().map(Mapping::id).toList());
        Mapping goal = Descriptions.strategyMap().allMappings().stream()
                .filter(m -> m.id().equals("goal"))
                .findFirst()
                .orElseThrow();
        assertEquals("#e3f2fd", goal.look().style().fill());
        assertEquals(Style.THAI_FONTS, goal.look().style().fontFamily()); // inherited from the default
        assertEquals("#c62828", goal.look().decorations().get(0).colors().get("OFF_TRACK"));
    }

    @Test
    void malformedDescriptionsAreRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> DescriptionReader.read("{\"name\": \"no id\"}"));
        assertThrows(
                IllegalArgumentException.class,
                () -> DescriptionReader.read("{\"id\": \"x\", \"name\": \"y\", \"mappings\": [ {\"id\": \"m\""));
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> DescriptionReader.read(
                        "{\"id\": \"x\", \"name\": \"y\", \"mappings\": [{\"id\": \"m\", \"domainClass\": \"Goal\", \"candidates\": \"g\", \"style\": \"nope\"}]}"));
        assertTrue(e.getMessage().contains("nope"));
    }
}
