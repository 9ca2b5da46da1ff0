/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.Samples;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;
import org.phaen.model.sample.SyntheticPlanGenerator;
import org.phaen.testing.SamplePlans;

/**
 * A big plan's strategy map: laid out in one pass (as before, {@link ElkPass} alone) its projects' column made a tall
 * band; its strategic issues' subtrees laid out apart and packed come out near the editor's shape, the plan's edges
 * crossing no node. No map, the samples' nor a national one, is drawn smaller in the editor than before. Prints the
 * figures.
 */
class SubtreePackingTest {

    @Test
    void aBigPlansIssuesArePackedTowardTheEditorsShape() {
        for (int projects : new int[] {30, 60, 100, 200}) {
            for (double asked : new double[] {1.0, ElkLayout.ASPECT_RATIO, 2.5}) {
                Supplier<DiagramGraph> bigPlan = () -> Samples.ENGINE.build(
                        Descriptions.strategyMap(), new SyntheticPlanGenerator().generate(1, projects));
                DiagramGraph before = onePass(bigPlan.get(), asked), graph = bigPlan.get();
                new ElkLayout(asked).layout(graph, Map.of());
                print("one province, " + projects + " projects", asked, before, graph);
                assertTrue(extent(graph, asked) <= extent(before, asked), "never drawn smaller than before");
                // A band far taller than an editor of ordinary shape comes near it (a very wide one it may not reach
                // with three issues, but the map is drawn larger there too).
                if (asked <= ElkLayout.ASPECT_RATIO && ratio(before) < asked / 1.5) {
                    assertTrue(
                            off(ratio(graph), asked) < Math.log(1.5),
                            projects + " projects: a tall band " + ratio(before) + " comes within 1.5 times the shape "
                                    + asked + ": " + ratio(graph));
                }
                Boxes.assertNoOverlaps(graph);
                assertPlanEdgesCrossNoNode(graph);
            }
        }
    }

    @Test
    void theSamplesAndTheNationalSampleAreNoFurtherFromTheShapeAsked() throws Exception {
        ResourceSet samples = SamplePlans.both();
        for (double asked : new double[] {1.0, ElkLayout.ASPECT_RATIO, 2.5}) {
            compare("both samples", () -> Samples.ENGINE.build(Descriptions.strategyMap(), samples), asked);
        }
        compare(
                "generate-sample (77 provinces, 100 projects each)",
                () -> Samples.ENGINE.build(Descriptions.strategyMap(), new SyntheticPlanGenerator().generate(77, 100)),
                ElkLayout.ASPECT_RATIO);
    }

    private static void compare(String what, Supplier<DiagramGraph> build, double asked) {
        DiagramGraph before = onePass(build.get(), asked), graph = build.get();
        new ElkLayout(asked).layout(graph, Map.of());
        print(what, asked, before, graph);
        assertTrue(extent(graph, asked) <= extent(before, asked), what + ": never drawn smaller than before");
        Boxes.assertNoOverlaps(graph);
        assertPlanEdgesCrossNoNode(graph);
    }

    private static DiagramGraph onePass(DiagramGraph graph, double asked) {
        ElkPass.run(graph.direction(), graph.nodes(), graph.edges(), asked, Set.of());
        return graph;
    }

    /** Every segment of a plan's edges to its issues misses every node but its own two ends; segments are straight across or down. */
    private static void assertPlanEdgesCrossNoNode(DiagramGraph graph) {
        for (Edge edge : graph.edges()) {
            if (!edge.source().mappingId().equals("plan")) {
                continue;
            }
            List<Point> route = edge.route();
            for (int i = 1; i < route.size(); i++) {
                Point a = route.get(i - 1), b = route.get(i);
                assertTrue(
                        Math.abs(a.x() - b.x()) < 1e-6 || Math.abs(a.y() - b.y()) < 1e-6,
                        edge.id() + ": orthogonal " + a + " " + b);
                for (Node node : graph.nodes()) {
                    if (node != edge.source() && node != edge.target() && crosses(a, b, node)) {
                        throw new AssertionError(edge.id() + " crosses " + node.id() + " between " + a + " and " + b);
                    }
                }
            }
        }
    }

    private static boolean crosses(Point a, Point b, Node n) {
        Point p = n.absolute();
        return Math.max(a.x(), b.x()) > p.x()
                && Math.min(a.x(), b.x()) < p.x() + n.width()
                && Math.max(a.y(), b.y()) > p.y()
                && Math.min(a.y(), b.y()) < p.y() + n.height();
    }

    static double ratio(DiagramGraph graph) {
        double[] size = size(graph);
        return size[0] / size[1];
    }

    /** Width and height of the nodes' bounding box. */
    static double[] size(DiagramGraph graph) {
        double left = Double.POSITIVE_INFINITY, top = left, right = Double.NEGATIVE_INFINITY, bottom = right;
        for (Node n : graph.nodes()) {
            Point p = n.absolute();
            left = Math.min(left, p.x());
            top = Math.min(top, p.y());
            right = Math.max(right, p.x() + n.width());
            bottom = Math.max(bottom, p.y() + n.height());
        }
        return new double[] {right - left, bottom - top};
    }

    /** The height of a view of the shape asked that shows the whole map: the smaller, the larger the map is drawn. */
    private static double extent(DiagramGraph graph, double asked) {
        double[] size = size(graph);
        return Math.max(size[0] / asked, size[1]);
    }

    private static double off(double ratio, double asked) {
        return Math.abs(Math.log(ratio / asked));
    }

    private static void print(String what, double asked, DiagramGraph before, DiagramGraph after) {
        double[] b = size(before), a = size(after);
        System.out.printf(
                Locale.ROOT,
                "strategy map of %s (%d nodes), aspect %.1f asked: one pass %.0f x %.0f (%.2f), subtrees packed %.0f x %.0f"
                        + " (%.2f)%n",
                what,
                after.nodes().size(),
                asked,
                b[0],
                b[1],
                b[0] / b[1],
                a[0],
                a[1],
                a[0] / a[1]);
    }
}
