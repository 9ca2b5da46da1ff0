/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The neutral result of the engine: nodes (nested in containers) and edges, ready for layout and rendering. */
public final class DiagramGraph {

    private final String descriptionId;
    private final String direction;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();

    public DiagramGraph(String descriptionId, String direction) {
        this.descriptionId = descriptionId;
        this.direction = direction;
    }

    public String descriptionId() {
        return descriptionId;
    }
    /** Layered flow direction: DOWN, UP, RIGHT or LEFT. */
    public String direction() {
        return direction;
    }

    /** Adds the node unless one with its id is already there; returns the node kept. */
    public Node add(Node node) {
        return nodes.computeIfAbsent(node.id(), k -> node);
    }

    /** Adds the edge unless one with its id is already there (two links between the same nodes draw once). */
    public void add(Edge edge) {
        edges.putIfAbsent(edge.id(), edge);
    }

    /** Removes these nodes (and what they contain) and every edge touching them. */
    public void remove(Collection<Node> gone) {
        for (Node node : gone) {
            node.detach();
            removeTree(node);
        }
        edges.values()
                .removeIf(e -> !nodes.containsKey(e.source().id())
                        || !nodes.containsKey(e.target().id()));
    }

    private void removeTree(Node node) {
        nodes.remove(node.id());
        node.children().forEach(this::removeTree);
    }

    public Node node(String id) {
        return nodes.get(id);
    }

    /** All nodes, containers before their children. */
    public Collection<Node> nodes() {
        return Collections.unmodifiableCollection(nodes.values());
    }

    public List<Node> roots() {
        List<Node> roots = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.parent() == null) {
                roots.add(n);
            }
        }
        return roots;
    }

    public Collection<Edge> edges() {
        return Collections.unmodifiableCollection(edges.values());
    }
}
