/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import java.util.Map;
import java.util.Set;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Node;

/**
 * Lays a diagram graph out with ELK's layered algorithm in the description's direction (the strategy map left to
 * right, so that a plan's many projects make a column rather than one very wide row), with the separate parts (the
 * plans of each level) packed in rows toward the aspect ratio asked for (ElkPass). A left-to-right diagram with a
 * part far taller than that (one big plan) has that part's subtrees laid out apart and packed (SubtreePacking).
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
        for (Map.Entry<String, Pin> pin : pins.entrySet()) {
            Node node = graph.node(pin.getKey());
            if (node != null && pin.getValue().hasSize() && !node.isContainer()) {
                node.setSize(pin.getValue().width(), pin.getValue().height());
            }
        }
        ElkPass.run(graph.direction(), graph.nodes(), graph.edges(), aspectRatio, Set.of());
        if ("RIGHT".equals(graph.direction()) && graph.nodes().stream().noneMatch(Node::isContainer)) {
            new SubtreePacking(aspectRatio).apply(graph);
        }
        new PinnedPlacement(NODE_SPACING).apply(graph, pins);
    }
}
