/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.phaen.diagram.Samples;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;
import org.phaen.testing.SamplePlans;

class ElkLayoutTest {

    @Test
    void runsInsideOsgiWhereElkCannotFindItsAlgorithmsByItself() throws Exception {
        assertNotNull(FrameworkUtil.getBundle(ElkLayout.class), "these tests run in OSGi under tycho-surefire");
        DiagramGraph graph = laidOut(Descriptions.strategyMap(), Map.of());
        assertTrue(graph.nodes().stream().anyMatch(n -> n.x() > 0 || n.y() > 0));
    }

    @Test
    void everyDiagramIsLaidOutWithoutOverlapsAndWithRoutedEdges() throws Exception {
        for (DiagramDescription d :
                List.of(Descriptions.strategyMap(), Descriptions.alignment(), Descriptions.partnerNetwork())) {
            DiagramGraph graph = laidOut(d, Map.of());
            Boxes.assertNoOverlaps(graph);
            for (Edge e : graph.edges()) {
                assertTrue(e.route().size() >= 2, d.id() + " " + e.id());
            }
        }
    }

    @Test
    void strategyMapFlowsRightFromPlansToProjects() throws Exception {
        DiagramGraph graph = laidOut(Descriptions.strategyMap(), Map.of());
        for (Edge e : graph.edges()) {
            // upward references (strategy -> goal, project -> strategy) are drawn right of their targets
            Node before = e.upward() ? e.target() : e.source();
            Node after = e.upward() ? e.source() : e.target();
            assertTrue(
                    before.absolute().x() + before.width() <= after.absolute().x(), e.id());
        }
    }

    /**
     * A whole map of both sample plans (81 nodes) comes out about as wide as it is high, near a screen's or an A4
     * page's shape: drawn downwards, its project row made one band three times as wide as high (9,151 x 2,991).
     */
    @Test
    void theSamplesStrategyMapKeepsAnAspectRatioNearTheEditors() throws Exception {
        DiagramGraph graph = laidOut(Descriptions.strategyMap(), Map.of());
        double right = graph.nodes().stream()
                .mapToDouble(n -> n.absolute().x() + n.width())
                .max()
                .orElseThrow();
        double bottom = graph.nodes().stream()
                .mapToDouble(n -> n.absolute().y() + n.height())
                .max()
                .orElseThrow();
        double ratio = right / bottom;
        assertTrue(graph.nodes().size() > 60, "both samples: " + graph.nodes().size());
        assertTrue(ratio > 0.6 && ratio < 2.0, "width / height = " + ratio + " (" + right + " x " + bottom + ")");
    }

    /**
     * The layout packs the map toward the editor's shape (its client sends width / height): the samples' strategy map
     * laid out for a tall, a square, the default and a wide editor. Before, every editor got the fixed 1.6.
     */
    @Test
    void theSamplesStrategyMapFollowsTheEditorsShape() throws Exception {
        double[] asked = {0.6, 1.0, ElkLayout.ASPECT_RATIO, 2.5};
        double[] got = new double[asked.length];
        for (int i = 0; i < asked.length; i++) {
            DiagramGraph graph = Samples.ENGINE.build(Descriptions.strategyMap(), SamplePlans.both());
            new ElkLayout(asked[i]).layout(graph, Map.of());
            double right = graph.nodes().stream()
                    .mapToDouble(n -> n.absolute().x() + n.width())
                    .max()
                    .orElseThrow();
            double bottom = graph.nodes().stream()
                    .mapToDouble(n -> n.absolute().y() + n.height())
                    .max()
                    .orElseThrow();
            got[i] = right / bottom;
            System.out.printf(
                    java.util.Locale.ROOT,
                    "strategy map of the samples for an editor of %.1f: %.0f x %.0f (%.2f)%n",
                    asked[i],
                    right,
                    bottom,
                    got[i]);
            Boxes.assertNoOverlaps(graph);
        }
        for (int i = 1; i < asked.length; i++) {
            assertTrue(got[i] > got[i - 1], "a wider editor, a wider map: " + java.util.Arrays.toString(got));
        }
        assertTrue(
                got[3] > 1.8 && got[0] < 0.8,
                "near the editor's shape at both ends: " + java.util.Arrays.toString(got));
    }

    @Test
    void edgeRoutesStartAndEndOnTheirNodes() throws Exception {
        DiagramGraph graph = laidOut(Descriptions.alignment(), Map.of());
        for (Edge e : graph.edges()) {
            assertOnBorder(e.route().get(0), e.source(), e.id());
            assertOnBorder(e.route().get(e.route().size() - 1), e.target(), e.id());
        }
    }

    @Test
    void pinnedPositionsSurviveARelayoutExactly() throws Exception {
        DiagramGraph first = laidOut(Descriptions.strategyMap(), Map.of());
        List<Node> goals = Samples.nodesOf(first, "goal");
        Node a = goals.get(0), b = goals.get(1);
        // Pin one goal where another node is now (so the layout must make room) and one at an odd spot with a size.
        Node occupied = Samples.nodesOf(first, "strategy").get(2);
        Map<String, Pin> pins = new HashMap<>();
        pins.put(a.id(), new Pin(occupied.x() + 3.25, occupied.y() + 1.5));
        pins.put(b.id(), new Pin(1234.5, -40.75, 300, 90));
        pins.put("no-such-element/goal", new Pin(5, 5));

        DiagramGraph second = laidOut(Descriptions.strategyMap(), pins);
        Node a2 = second.node(a.id()), b2 = second.node(b.id());
        assertEquals(pins.get(a.id()).x(), a2.x());
        assertEquals(pins.get(a.id()).y(), a2.y());
        assertEquals(1234.5, b2.x());
        assertEquals(-40.75, b2.y());
        assertEquals(300, b2.width());
        assertEquals(90, b2.height());
        Boxes.assertNoOverlaps(second);
        for (Edge e : second.edges()) {
            if (e.source() == a2 || e.target() == a2) {
                assertOnBorder(e.route().get(0), e.source(), e.id());
                assertOnBorder(e.route().get(e.route().size() - 1), e.target(), e.id());
            }
        }
    }

    @Test
    void pinsInsideContainersAreKeptAndTheContainerGrowsAroundThem() throws Exception {
        DiagramGraph first = laidOut(Descriptions.alignment(), Map.of());
        Node issue = Samples.nodesOf(first, "issue").get(0);
        Node container = issue.parent();
        Pin pin = new Pin(container.width() + 100, 60);
        DiagramGraph second = laidOut(Descriptions.alignment(), Map.of(issue.id(), pin));
        Node moved = second.node(issue.id());
        assertEquals(pin.x(), moved.x());
        assertEquals(pin.y(), moved.y());
        Boxes.assertNoOverlaps(second);
    }

    static DiagramGraph laidOut(DiagramDescription description, Map<String, Pin> pins) throws Exception {
        DiagramGraph graph = Samples.ENGINE.build(description, SamplePlans.both());
        new ElkLayout().layout(graph, pins);
        return graph;
    }

    private static void assertOnBorder(Point p, Node n, String what) {
        Point a = n.absolute();
        double tolerance = 1.0;
        boolean withinX = p.x() >= a.x() - tolerance && p.x() <= a.x() + n.width() + tolerance;
        boolean withinY = p.y() >= a.y() - tolerance && p.y() <= a.y() + n.height() + tolerance;
        boolean onEdge = Math.abs(p.x() - a.x()) <= tolerance
                || Math.abs(p.x() - a.x() - n.width()) <= tolerance
                || Math.abs(p.y() - a.y()) <= tolerance
                || Math.abs(p.y() - a.y() - n.height()) <= tolerance;
        assertTrue(
                withinX && withinY && onEdge,
                what + ": " + p + " not on the border of " + n.id() + " at " + a + " " + n.width() + "x" + n.height());
    }
}
