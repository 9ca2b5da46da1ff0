/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;

/**
 * One run of ELK's layered algorithm over some of a diagram's nodes and the edges between them, in the diagram's
 * direction; the nodes' positions and sizes and the edges' routes are written back. Its separate parts (connected
 * components) are packed in rows toward the aspect ratio; containers are laid out with their contents in one pass
 * (hierarchy handling "include children") so edges between containers are routed too.
 */
final class ElkPass {

    private ElkPass() {}

    /**
     * Lays out {@code nodes} (containers before their children) and {@code edges} toward {@code aspectRatio};
     * {@code first} are put in the first layer.
     */
    static void run(
            String direction, Collection<Node> nodes, Collection<Edge> edges, double aspectRatio, Set<Node> first) {
        ElkSetup.ensureLayered();
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, direction, aspectRatio, nodes.stream().anyMatch(Node::isContainer));
        Map<Node, ElkNode> shapes = new HashMap<>();
        for (Node node : nodes) {
            ElkNode shape = ElkGraphUtil.createNode(node.parent() == null ? root : shapes.get(node.parent()));
            shape.setIdentifier(node.id());
            shape.setDimensions(node.width(), node.height());
            if (node.isContainer()) {
                // The size measured for a container is its header (label): children go below it.
                shape.setProperty(
                        CoreOptions.PADDING,
                        new ElkPadding(
                                node.height(),
                                ElkLayout.CONTAINER_PADDING,
                                ElkLayout.CONTAINER_PADDING,
                                ElkLayout.CONTAINER_PADDING));
                shape.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                shape.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.width(), node.height()));
            }
            if (first.contains(node)) {
                shape.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
            }
            shapes.put(node, shape);
        }
        Map<Edge, ElkEdge> connections = new HashMap<>();
        for (Edge edge : edges) {
            ElkNode from = shapes.get(edge.upward() ? edge.target() : edge.source());
            ElkNode to = shapes.get(edge.upward() ? edge.source() : edge.target());
            connections.put(edge, ElkGraphUtil.createSimpleEdge(from, to));
        }
        try {
            new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        } finally {
            ElkSetup.dropIdleProviders(); // after this pass's provider went back to the pool: none keeps this graph
        }
        shapes.forEach((node, shape) -> {
            node.setPosition(shape.getX(), shape.getY());
            node.setSize(shape.getWidth(), shape.getHeight());
        });
        connections.forEach((edge, elk) -> edge.setRoute(route(elk, edge.upward())));
    }

    private static void configure(ElkNode root, String direction, double aspectRatio, boolean nested) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.valueOf(direction));
        root.setProperty(CoreOptions.ASPECT_RATIO, aspectRatio);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, ElkLayout.NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, ElkLayout.LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, ElkLayout.LAYER_SPACING / 3);
        root.setProperty(
                CoreOptions.HIERARCHY_HANDLING,
                nested ? HierarchyHandling.INCLUDE_CHILDREN : HierarchyHandling.SEPARATE_CHILDREN);
    }

    /** The edge's points in diagram coordinates, source to target. */
    private static List<Point> route(ElkEdge elk, boolean reversed) {
        List<Point> points = new ArrayList<>();
        if (elk.getSections().isEmpty()) {
            return points;
        }
        // ELK gives edge coordinates relative to the node that contains the edge.
        double dx = 0, dy = 0;
        for (ElkNode n = elk.getContainingNode(); n != null && n.getParent() != null; n = n.getParent()) {
            dx += n.getX();
            dy += n.getY();
        }
        ElkEdgeSection section = elk.getSections().get(0);
        points.add(new Point(section.getStartX() + dx, section.getStartY() + dy));
        for (ElkBendPoint bend : section.getBendPoints()) {
            points.add(new Point(bend.getX() + dx, bend.getY() + dy));
        }
        points.add(new Point(section.getEndX() + dx, section.getEndY() + dy));
        if (reversed) {
            Collections.reverse(points);
        }
        return points;
    }
}
