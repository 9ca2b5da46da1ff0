/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.graph;

import java.util.List;
import org.phaen.diagram.description.Style;

/**
 * A diagram edge made by an edge mapping; its id ({@code mappingId:sourceId->targetId}) is stable across builds. The
 * route (start, bend points, end) is written by the layout, in diagram coordinates.
 */
public final class Edge {

    private final String id;
    private final Node source;
    private final Node target;
    private final String mappingId;
    private final Style style;
    private final boolean upward;
    private List<Point> route = List.of();

    public Edge(Node source, Node target, String mappingId, Style style, boolean upward) {
        this.id = mappingId + ":" + source.id() + "->" + target.id();
        this.source = source;
        this.target = target;
        this.mappingId = mappingId;
        this.style = style;
        this.upward = upward;
    }

    public String id() {
        return id;
    }

    public Node source() {
        return source;
    }

    public Node target() {
        return target;
    }
    /** The edge mapping that made the edge: the edge's type for a diagram server. */
    public String mappingId() {
        return mappingId;
    }

    public Style style() {
        return style;
    }
    /** True when the layout should place the target before the source (see the edge mapping). */
    public boolean upward() {
        return upward;
    }

    public List<Point> route() {
        return route;
    }

    public void setRoute(List<Point> route) {
        this.route = List.copyOf(route);
    }
}
