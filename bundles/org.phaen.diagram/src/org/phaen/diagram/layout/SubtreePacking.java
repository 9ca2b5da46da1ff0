/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;

/**
 * A plan laid out left to right is a tree whose last column (its projects) can be far taller than the editor: a band
 * of aspect 0.2 where 1.6 is asked. When the whole drawing is off the aspect ratio asked, each part of it narrower
 * than that whose one root (a plan) holds subtrees sharing nothing (its strategic issues with their goals, strategies
 * and projects) is laid out again subtree by subtree (a subtree still too narrow split again the same way, an issue
 * into its goals), and the subtrees are packed in rows toward the aspect ratio (PartRows), the root in a column on
 * their left. The root's edges run in the gaps: down a trunk left of the rows, along the gap above a subtree's row and
 * down the gap on its left to its head, so they cross no node. Then the parts are packed the same way. The result is
 * kept only when a view of that aspect ratio shows it larger than ELK's own packing (the samples' small map is not).
 */
final class SubtreePacking {

    /** A drawing within this factor of the aspect ratio asked is left as ELK packed it. */
    private static final double NEAR = 1.25;

    private static final double GAP = ElkLayout.LAYER_SPACING;

    private final double aspectRatio;

    SubtreePacking(double aspectRatio) {
        this.aspectRatio = aspectRatio;
    }

    /** Repacks the graph laid out by ELK (left to right, no containers) when that comes nearer the aspect ratio. */
    void apply(DiagramGraph graph) {
        Part whole = Part.of(graph.nodes(), graph.edges());
        if (whole.offFrom(aspectRatio) < Math.log(NEAR)) {
            return;
        }
        double before = whole.extent(aspectRatio);
        Runnable elkLayout = whole.snapshot();
        List<Part> parts = Part.components(graph.nodes(), graph.edges());
        boolean split = false;
        for (Part part : parts) {
            split |= narrow(part) && split(part, graph.direction());
        }
        if (split) {
            PartRows rows = PartRows.pack(parts, ElkLayout.NODE_SPACING * 2, aspectRatio, 0, 0);
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).moveTo(rows.x()[i], rows.y()[i]);
            }
            whole.measure();
            if (whole.extent(aspectRatio) >= before * 0.99) {
                elkLayout.run();
            }
        }
    }

    private boolean narrow(Part part) {
        return part.width() < part.height() * aspectRatio;
    }

    /** Lays the root's subtrees out apart and packs them; false when the part has no single root or one subtree. */
    private boolean split(Part part, String direction) {
        Set<Node> children = new HashSet<>();
        part.edges.forEach(e -> children.add(e.upward() ? e.source() : e.target()));
        List<Node> roots =
                part.nodes.stream().filter(n -> !children.contains(n)).toList();
        if (roots.size() != 1) {
            return false;
        }
        Node root = roots.get(0);
        List<Node> rest = part.nodes.stream().filter(n -> n != root).toList();
        List<Edge> rootEdges = new ArrayList<>(), restEdges = new ArrayList<>();
        part.edges.forEach(e -> (e.source() == root || e.target() == root ? rootEdges : restEdges).add(e));
        List<Part> subtrees = Part.components(rest, restEdges);
        if (subtrees.size() < 2) {
            return false;
        }
        // Heads (the root's children with no other parent) in the first column, where the root's edges reach them.
        Set<Node> heads = new HashSet<>();
        rootEdges.forEach(e -> heads.add(e.source() == root ? e.target() : e.source()));
        restEdges.forEach(e -> heads.remove(e.upward() ? e.source() : e.target()));
        ElkPass.run(direction, rest, restEdges, aspectRatio, heads);
        for (Part subtree : subtrees) {
            subtree.measure();
            if (narrow(subtree) && split(subtree, direction)) {
                subtree.measure();
            }
        }
        PartRows rows = PartRows.pack(subtrees, GAP, aspectRatio, root.width() + GAP, root.height());
        root.setPosition(0, GAP);
        double left = root.width() + GAP;
        for (int i = 0; i < subtrees.size(); i++) {
            subtrees.get(i).moveTo(left + rows.x()[i], GAP + rows.y()[i]);
        }
        for (Edge edge : rootEdges) {
            Node head = edge.source() == root ? edge.target() : edge.source();
            int i = indexOf(subtrees, head);
            List<Point> route = route(root, head, subtrees.get(i), GAP + rows.y()[i], rows.x()[i] == 0);
            edge.setRoute(edge.upward() ? route.reversed() : route);
        }
        part.measure();
        return true;
    }

    /** From the root's right side to the trunk, to the gap above the subtree's row, down its left gap to the head. */
    private static List<Point> route(Node root, Node head, Part subtree, double rowTop, boolean firstInRow) {
        double trunk = root.x() + root.width() + GAP / 2, from = root.y() + root.height() / 2;
        double to = head.y() + head.height() / 2;
        List<Point> points = new ArrayList<>();
        points.add(new Point(root.x() + root.width(), from));
        points.add(new Point(trunk, from));
        if (firstInRow) {
            points.add(new Point(trunk, to));
        } else {
            double gap = subtree.left() - GAP / 2, above = rowTop - GAP / 2;
            points.add(new Point(trunk, above));
            points.add(new Point(gap, above));
            points.add(new Point(gap, to));
        }
        points.add(new Point(head.x(), to));
        return points.stream().distinct().toList(); // a head level with the root needs no bend
    }

    private static int indexOf(List<Part> parts, Node node) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).nodes.contains(node)) {
                return i;
            }
        }
        throw new IllegalStateException(node.id() + " is in no subtree");
    }
}
