/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;

/**
 * Puts pinned nodes exactly where the user left them after the layered layout has placed everything: layered layout
 * has no notion of fixed nodes, so pins are applied on top. Nodes a pinned node now covers are pushed along the flow
 * axis until they overlap nothing, containers grow around their children, and edges whose ends moved are redrawn
 * as straight lines between the node borders.
 */
final class PinnedPlacement {

    private final double spacing;

    PinnedPlacement(double spacing) {
        this.spacing = spacing;
    }

    void apply(DiagramGraph graph, Map<String, Pin> pins) {
        Map<Node, Pin> pinned = new HashMap<>();
        pins.forEach((id, pin) -> {
            Node node = graph.node(id);
            if (node != null) {
                pinned.put(node, pin);
            }
        });
        if (pinned.isEmpty()) {
            return;
        }
        Map<Node, Point> before = new HashMap<>();
        graph.nodes().forEach(n -> before.put(n, n.absolute()));
        pinned.forEach((node, pin) -> node.setPosition(pin.x(), pin.y()));
        boolean vertical = graph.direction().equals("DOWN") || graph.direction().equals("UP");
        // Deepest sibling groups first: a container that grows is then settled among its own siblings.
        List<List<Node>> groups = new ArrayList<>(siblingGroups(graph).values());
        groups.sort(Comparator.comparingInt((List<Node> g) -> depth(g.get(0))).reversed());
        for (List<Node> group : groups) {
            separate(group, pinned, vertical);
            Node parent = group.get(0).parent();
            if (parent != null) {
                enclose(parent);
            }
        }
        for (Edge edge : graph.edges()) {
            if (moved(edge.source(), before) || moved(edge.target(), before)) {
                edge.setRoute(straight(edge.source(), edge.target()));
            }
        }
    }

    /** Pushes unpinned nodes off pinned ones (and off each other once pushed), in flow order. */
    private void separate(List<Node> group, Map<Node, Pin> pinned, boolean vertical) {
        List<Node> placed = new ArrayList<>();
        List<Node> free = new ArrayList<>();
        for (Node n : group) {
            (pinned.containsKey(n) ? placed : free).add(n);
        }
        free.sort(Comparator.comparingDouble((Node n) -> vertical ? n.y() : n.x())
                .thenComparingDouble(n -> vertical ? n.x() : n.y()));
        for (Node node : free) {
            for (Node blocker = overlap(node, placed); blocker != null; blocker = overlap(node, placed)) {
                if (vertical) {
                    node.setPosition(node.x(), blocker.y() + blocker.height() + spacing);
                } else {
                    node.setPosition(blocker.x() + blocker.width() + spacing, node.y());
                }
            }
            placed.add(node);
        }
    }

    /** A node closer than half the spacing to the given one (the layout's own gaps are never that small). */
    private Node overlap(Node node, List<Node> others) {
        double gap = spacing / 2;
        for (Node o : others) {
            if (node.x() < o.x() + o.width() + gap
                    && o.x() < node.x() + node.width() + gap
                    && node.y() < o.y() + o.height() + gap
                    && o.y() < node.y() + node.height() + gap) {
                return o;
            }
        }
        return null;
    }

    /** Grows a container to the right and down so all its children lie inside with padding. */
    private static void enclose(Node container) {
        double width = container.width(), height = container.height();
        for (Node child : container.children()) {
            width = Math.max(width, child.x() + child.width() + ElkLayout.CONTAINER_PADDING);
            height = Math.max(height, child.y() + child.height() + ElkLayout.CONTAINER_PADDING);
        }
        container.setSize(width, height);
    }

    private static Map<Node, List<Node>> siblingGroups(DiagramGraph graph) {
        Map<Node, List<Node>> groups = new LinkedHashMap<>();
        Node top =
                new Node("", "", "", "", null, null, null, null); // stands for the diagram as parent of top-level nodes
        for (Node n : graph.nodes()) {
            groups.computeIfAbsent(n.parent() == null ? top : n.parent(), k -> new ArrayList<>())
                    .add(n);
        }
        return groups;
    }

    private static int depth(Node node) {
        int depth = 0;
        for (Node p = node.parent(); p != null; p = p.parent()) {
            depth++;
        }
        return depth;
    }

    private static boolean moved(Node node, Map<Node, Point> before) {
        return !node.absolute().equals(before.get(node));
    }

    /** From border to border along the line between the two centres. */
    static List<Point> straight(Node source, Node target) {
        Point s = centre(source), t = centre(target);
        return List.of(border(source, s, t), border(target, t, s));
    }

    private static Point centre(Node n) {
        Point a = n.absolute();
        return new Point(a.x() + n.width() / 2, a.y() + n.height() / 2);
    }

    private static Point border(Node n, Point centre, Point toward) {
        double dx = toward.x() - centre.x(), dy = toward.y() - centre.y();
        double tx = dx == 0 ? Double.MAX_VALUE : n.width() / 2 / Math.abs(dx);
        double ty = dy == 0 ? Double.MAX_VALUE : n.height() / 2 / Math.abs(dy);
        double t = Math.min(1, Math.min(tx, ty));
        return new Point(centre.x() + t * dx, centre.y() + t * dy);
    }
}
