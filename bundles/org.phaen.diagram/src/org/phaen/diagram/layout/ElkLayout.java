package org.phaen.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;

/**
 * Lays a diagram graph out with ELK's layered algorithm in the description's direction (the strategy map left to
 * right, so that a plan's many projects make a column rather than one very wide row), with the separate parts (the
 * plans of each level) packed in rows toward a landscape aspect ratio; containers are laid out with their contents
 * in one pass (hierarchy handling "include children") so edges between containers are routed too.
 * Positions a user pinned are applied afterwards by {@link PinnedPlacement}, which keeps them exactly.
 */
public final class ElkLayout {

    public static final double NODE_SPACING = 20;
    public static final double LAYER_SPACING = 40;
    static final double CONTAINER_PADDING = 12;
    /** The shape ELK packs a diagram's separate parts toward when no editor says its own: a landscape screen's (16:10). */
    public static final double ASPECT_RATIO = 1.6;

    private final double aspectRatio;

    public ElkLayout() {
        this(ASPECT_RATIO);
    }

    /** Packs the diagram's parts toward {@code aspectRatio} (width / height, such as the editor's), kept within 0.4 to 4. */
    public ElkLayout(double aspectRatio) {
        this.aspectRatio = Double.isFinite(aspectRatio) ? Math.max(0.4, Math.min(4, aspectRatio)) : ASPECT_RATIO;
    }

    /** Lays out the graph, keeping the given pinned nodes (by node id) where they are; unknown ids are ignored. */
    public void layout(DiagramGraph graph, Map<String, Pin> pins) {
        ElkSetup.ensureLayered();
        for (Map.Entry<String, Pin> pin : pins.entrySet()) {
            Node node = graph.node(pin.getKey());
            if (node != null && pin.getValue().hasSize() && !node.isContainer()) {
                node.setSize(pin.getValue().width(), pin.getValue().height());
            }
        }
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root, graph, aspectRatio);
        Map<Node, ElkNode> shapes = new HashMap<>();
        for (Node node : graph.nodes()) { // containers come before their children
            ElkNode shape = ElkGraphUtil.createNode(node.parent() == null ? root : shapes.get(node.parent()));
            shape.setIdentifier(node.id());
            shape.setDimensions(node.width(), node.height());
            if (node.isContainer()) {
                // The size measured for a container is its header (label): children go below it.
                shape.setProperty(
                        CoreOptions.PADDING,
                        new ElkPadding(node.height(), CONTAINER_PADDING, CONTAINER_PADDING, CONTAINER_PADDING));
                shape.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
                shape.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(node.width(), node.height()));
            }
            shapes.put(node, shape);
        }
        Map<Edge, ElkEdge> connections = new HashMap<>();
        for (Edge edge : graph.edges()) {
            ElkNode from = shapes.get(edge.upward() ? edge.target() : edge.source());
            ElkNode to = shapes.get(edge.upward() ? edge.source() : edge.target());
            connections.put(edge, ElkGraphUtil.createSimpleEdge(from, to));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        shapes.forEach((node, shape) -> {
            node.setPosition(shape.getX(), shape.getY());
            node.setSize(shape.getWidth(), shape.getHeight());
        });
        connections.forEach((edge, elk) -> edge.setRoute(route(elk, edge.upward())));
        new PinnedPlacement(NODE_SPACING).apply(graph, pins);
    }

    private static void configure(ElkNode root, DiagramGraph graph, double aspectRatio) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.valueOf(graph.direction()));
        root.setProperty(CoreOptions.ASPECT_RATIO, aspectRatio);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, LAYER_SPACING / 3);
        boolean nested = graph.nodes().stream().anyMatch(Node::isContainer);
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
