/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.Samples;
import org.phaen.diagram.description.Decoration;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.model.Alignment;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.model.trace.Traceability;
import org.phaen.testing.ModelAssertions;
import org.phaen.testing.SamplePlans;

class AlignmentDiagramTest {

    @Test
    void everyPlanOfBothFilesIsAContainerOfItsElements() throws Exception {
        ResourceSet set = SamplePlans.both();
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.alignment(), set);
        assertEquals(
                ModelAssertions.all(set, PlanDocument.class).size(),
                Samples.nodesOf(graph, "plan").size());
        assertEquals(
                ModelAssertions.all(set, StrategicIssue.class).size(),
                Samples.nodesOf(graph, "issue").size());
        assertEquals(
                ModelAssertions.all(set, Strategy.class).size(),
                Samples.nodesOf(graph, "strategy").size());
        for (Node issue : Samples.nodesOf(graph, "issue")) {
            assertEquals("plan", issue.parent().mappingId());
        }
    }

    @Test
    void alignmentEdgesCrossFilesAndMatchTheModel() throws Exception {
        ResourceSet set = SamplePlans.both();
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.alignment(), set);
        Set<String> drawn = graph.nodes().stream().map(Node::elementId).collect(Collectors.toSet());
        long expected = ModelAssertions.all(set, Alignment.class).stream()
                .filter(a -> drawn.contains(((PlanElement) a.eContainer()).getUuid())
                        && drawn.contains(a.getTarget().getUuid()))
                .map(a -> ((PlanElement) a.eContainer()).getUuid() + ">"
                        + a.getTarget().getUuid())
                .distinct()
                .count();
        List<Edge> aligns = graph.edges().stream()
                .filter(e -> e.mappingId().equals("aligns"))
                .toList();
        assertEquals(expected, aligns.size());
        assertTrue(
                aligns.stream()
                        .anyMatch(e -> e.source().label().startsWith("PLK")
                                && e.target().label().startsWith("R17")),
                "a provincial element aligns to a regional one in the other file");
    }

    @Test
    void unalignedProvincialElementsStandOutAndAlignedOnesDoNot() throws Exception {
        ResourceSet set = SamplePlans.both();
        StrategicPlan provincial = ModelAssertions.all(set, StrategicPlan.class).stream()
                .filter(p -> p.getLevel() == PlanLevel.PROVINCIAL_EDUCATION_PLAN)
                .findFirst()
                .orElseThrow();
        Strategy orphan = PhaenFactory.eINSTANCE.createStrategy();
        orphan.setUuid("00000000-0000-0000-0000-0000000000aa");
        orphan.setCode("PLK-NEW");
        orphan.setName("กลยุทธ์ใหม่ที่ยังไม่เชื่อมโยง");
        provincial.getStrategicIssues().get(0).getStrategies().add(orphan);

        DiagramGraph graph = Samples.ENGINE.build(Descriptions.alignment(), set);
        Node flagged = graph.node(orphan.getUuid() + "/strategy");
        assertTrue(flagged.flags().contains(Decoration.UNALIGNED));
        assertEquals("#d84315", flagged.style().stroke());
        for (Node n : graph.nodes()) {
            PlanElement element = ModelAssertions.all(set, PlanElement.class).stream()
                    .filter(e -> e.getUuid().equals(n.elementId()))
                    .findFirst()
                    .orElseThrow();
            PlanLevel level = Traceability.documentOf(element).getLevel();
            boolean lower = level == PlanLevel.PROVINCIAL_EDUCATION_PLAN || level == PlanLevel.ANNUAL_ACTION_PLAN;
            assertEquals(
                    lower && !Traceability.tracesToOtherDocument(element),
                    n.flags().contains(Decoration.UNALIGNED),
                    n.label());
        }
        assertFalse(Samples.nodes(graph, n -> n.label().startsWith("R17")).stream()
                .anyMatch(n -> n.flags().contains(Decoration.UNALIGNED)));
    }
}
