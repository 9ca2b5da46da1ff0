/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folded nodes: what hangs only from a folded node (in the strategy map, a strategic issue's goals, the strategies
 * serving only those goals and the projects implementing only those strategies) is left out of the graph before
 * layout, so the layout closes the gap. A folded node keeps its place, is flagged {@value #FLAG} and carries a badge
 * counting what it hides. An element that also hangs from a node still shown stays.
 */
public final class Folding {

    /** The flag (a CSS class in the diagram client) of a folded node. */
    public static final String FLAG = "folded";

    private static final String BADGE_COLOR = "#546e7a";

    private Folding() {}

    /** Leaves out of {@code graph} what the nodes {@code folded} (node ids) hide; returns how many nodes were left out. */
    public static int apply(DiagramGraph graph, Collection<String> folded) {
        Map<Node, List<Node>> parents = new HashMap<>(), children = new HashMap<>();
        for (Edge edge : graph.edges()) {
            Node parent = edge.upward() ? edge.target() : edge.source(),
                    child = edge.upward() ? edge.source() : edge.target();
            parents.computeIfAbsent(child, k -> new ArrayList<>()).add(parent);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
        }
        Set<Node> foldedNodes = new HashSet<>();
        folded.stream()
                .map(graph::node)
                .filter(n -> n != null && children.containsKey(n))
                .forEach(foldedNodes::add);
        Set<Node> hidden = new HashSet<>();
        Deque<Node> queue = new ArrayDeque<>(foldedNodes);
        while (!queue.isEmpty()) {
            for (Node child : children.getOrDefault(queue.pop(), List.of())) {
                if (!hidden.contains(child)
                        && parents.get(child).stream().allMatch(p -> hidden.contains(p) || foldedNodes.contains(p))) {
                    hidden.add(child);
                    queue.push(child);
                }
            }
        }
        for (Node node : foldedNodes) {
            node.flags().add(FLAG);
            long count = descendants(node, children).stream()
                    .filter(hidden::contains)
                    .count();
            node.badges().add(new Badge(node.elementId(), "+" + count, FLAG, BADGE_COLOR));
        }
        graph.remove(hidden);
        return hidden.size();
    }

    private static Set<Node> descendants(Node node, Map<Node, List<Node>> children) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> queue = new ArrayDeque<>(List.of(node));
        while (!queue.isEmpty()) {
            for (Node child : children.getOrDefault(queue.pop(), List.of())) {
                if (seen.add(child)) {
                    queue.push(child);
                }
            }
        }
        return seen;
    }
}
