/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;

/** Top-level nodes of a diagram and the edges among them, measured and moved together (a connected component). */
final class Part {

    final List<Node> nodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();
    private double minX, minY, maxX, maxY;

    /** All of {@code nodes} and {@code edges} as one part, whether connected or not. */
    static Part of(Collection<Node> nodes, Collection<Edge> edges) {
        Part whole = new Part();
        whole.nodes.addAll(nodes);
        whole.edges.addAll(edges);
        whole.measure();
        return whole;
    }

    /** The connected components of {@code nodes} over those of {@code edges} with both ends among them, in model order. */
    static List<Part> components(Collection<Node> nodes, Collection<Edge> edges) {
        Map<Node, Node> leader = new HashMap<>();
        nodes.forEach(n -> leader.put(n, n));
        for (Edge edge : edges) {
            if (leader.containsKey(edge.source()) && leader.containsKey(edge.target())) {
                leader.put(find(leader, edge.source()), find(leader, edge.target()));
            }
        }
        Map<Node, Part> parts = new LinkedHashMap<>();
        for (Node node : nodes) {
            parts.computeIfAbsent(find(leader, node), k -> new Part()).nodes.add(node);
        }
        for (Edge edge : edges) {
            if (leader.containsKey(edge.source()) && leader.containsKey(edge.target())) {
                parts.get(find(leader, edge.source())).edges.add(edge);
            }
        }
        List<Part> result = new ArrayList<>(parts.values());
        result.forEach(Part::measure);
        return result;
    }

    private static Node find(Map<Node, Node> leader, Node node) {
        Node root = node;
        while (leader.get(root) != root) {
            root = leader.get(root);
        }
        for (Node n = node; n != root; ) { // path compression
            Node next = leader.get(n);
            leader.put(n, root);
            n = next;
        }
        return root;
    }

    /** A way back to the nodes' places and the edges' routes as they are now. */
    Runnable snapshot() {
        Map<Node, Point> places = new HashMap<>();
        nodes.forEach(n -> places.put(n, new Point(n.x(), n.y())));
        Map<Edge, List<Point>> routes = new HashMap<>();
        edges.forEach(e -> routes.put(e, e.route()));
        return () -> {
            places.forEach((n, p) -> n.setPosition(p.x(), p.y()));
            routes.forEach(Edge::setRoute);
            measure();
        };
    }

    /** Takes the bounding box of the nodes and of the edges' routes as they are now. */
    void measure() {
        minX = minY = Double.POSITIVE_INFINITY;
        maxX = maxY = Double.NEGATIVE_INFINITY;
        for (Node n : nodes) {
            include(n.x(), n.y());
            include(n.x() + n.width(), n.y() + n.height());
        }
        edges.forEach(e -> e.route().forEach(p -> include(p.x(), p.y())));
    }

    private void include(double x, double y) {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
    }

    double left() {
        return minX;
    }

    double top() {
        return minY;
    }

    double width() {
        return maxX - minX;
    }

    double height() {
        return maxY - minY;
    }

    /** How far the box's width / height is from {@code aspectRatio}, as a factor's logarithm (0: exactly it). */
    double offFrom(double aspectRatio) {
        return Math.abs(Math.log(width() / Math.max(1, height()) / aspectRatio));
    }

    /** The height of a view of {@code aspectRatio} that shows the whole box: the smaller, the larger it is drawn. */
    double extent(double aspectRatio) {
        return extent(width(), height(), aspectRatio);
    }

    static double extent(double width, double height, double aspectRatio) {
        return Math.max(width / aspectRatio, height);
    }

    /** Moves the nodes and routes so that the box's top-left corner is at ({@code x}, {@code y}). */
    void moveTo(double x, double y) {
        double dx = x - minX, dy = y - minY;
        nodes.forEach(n -> n.setPosition(n.x() + dx, n.y() + dy));
        for (Edge e : edges) {
            e.setRoute(e.route().stream()
                    .map(p -> new Point(p.x() + dx, p.y() + dy))
                    .toList());
        }
        minX += dx;
        maxX += dx;
        minY += dy;
        maxY += dy;
    }
}
