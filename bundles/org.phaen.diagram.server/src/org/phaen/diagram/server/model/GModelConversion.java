/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import com.google.gson.Gson;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.phaen.diagram.description.Style;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;

/**
 * The engine's graph as GLSP's GModel, in the types the web client draws ({@code phaen:node}, {@code phaen:label},
 * {@code phaen:edge}). Shape, style, the measured label lines and badges travel as arguments; each node carries its
 * full name in a label child, which is what in-place renaming edits.
 */
public final class GModelConversion {

    public static final String NODE = "phaen:node";
    public static final String LABEL = "phaen:label";
    public static final String EDGE = "phaen:edge";
    public static final String LABEL_SUFFIX = "#label";

    private static final Gson GSON = new Gson();

    private GModelConversion() {}

    /** {@code markers}: element UUID to "error", "warning" or "" (the dot the client draws on the node). */
    public static GGraph toGModel(DiagramGraph graph, Function<String, String> markers, int revision) {
        GGraphBuilder root = new GGraphBuilder().id(graph.descriptionId()).revision(revision + 1);
        graph.roots().forEach(node -> root.add(node(node, markers)));
        graph.edges().forEach(edge -> root.add(edge(edge)));
        return root.build();
    }

    private static GNode node(Node node, Function<String, String> markers) {
        Style style = node.style();
        GNodeBuilder builder = new GNodeBuilder(NODE)
                .id(node.id())
                .position(node.x(), node.y())
                .size(node.width(), node.height())
                .addCssClass("mapping-" + node.mappingId())
                .addArgument("shape", node.shape().name().toLowerCase())
                .addArgument("fill", style.fill())
                .addArgument("stroke", style.stroke())
                .addArgument("strokeWidth", style.strokeWidth())
                .addArgument("dash", style.dashed() ? "6 3" : "")
                .addArgument("textColor", style.textColor())
                .addArgument("lines", String.join("\n", node.labelLines()))
                .addArgument("kind", node.kind())
                .addArgument("elementId", node.elementId())
                .addArgument("badges", badges(node))
                .addArgument("marker", markers.apply(node.elementId()));
        node.flags().forEach(builder::addCssClass);
        builder.add(new GLabelBuilder(LABEL)
                .id(node.id() + LABEL_SUFFIX)
                .text(node.label())
                .position(0, 0)
                .build());
        node.children().forEach(child -> builder.add(node(child, markers)));
        return builder.build();
    }

    private static GEdge edge(Edge edge) {
        Style style = edge.style();
        GEdgeBuilder builder = new GEdgeBuilder(EDGE)
                .id(edge.id())
                .sourceId(edge.source().id())
                .targetId(edge.target().id())
                .addCssClass("mapping-" + edge.mappingId())
                .addArgument("stroke", style.stroke())
                .addArgument("strokeWidth", style.strokeWidth())
                .addArgument("dash", style.dashed() ? "6 3" : "")
                .addArgument("arrow", "end");
        // ELK's bend points, without the end points the client computes from the node outlines.
        var route = edge.route();
        for (int i = 1; i < route.size() - 1; i++) {
            Point p = route.get(i);
            builder.addRoutingPoint(p.x(), p.y());
        }
        return builder.build();
    }

    /** Badges as a JSON array of {text, fill, title}: GModel arguments are plain values. */
    private static String badges(Node node) {
        return GSON.toJson(node.badges().stream()
                .map(b -> Map.of(
                        "text",
                        String.valueOf(b.label()),
                        "fill",
                        String.valueOf(b.color()),
                        "title",
                        b.tooltip() == null ? "" : b.tooltip()))
                .toList());
    }
}
