/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.phaen.diagram.description.Shape;
import org.phaen.diagram.description.Style;

/**
 * A diagram node for one model element under one mapping. The id ({@code uuid/mappingId}) is stable across builds so a
 * diagram server and the notation file can refer to it. Geometry is written by the layout: x and y are relative to the
 * parent node (the diagram origin for top-level nodes), as in ELK and GLSP.
 */
public final class Node {

    private final String id;
    private final String elementId;
    private final String mappingId;
    private final String kind;
    private final String label;
    private final Shape shape;
    private final String icon;
    private final Node parent;
    private final List<Node> children = new ArrayList<>();
    private final List<Badge> badges = new ArrayList<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private Style style;
    private List<String> labelLines = List.of();
    private double x, y, width, height;

    public Node(
            String elementId,
            String mappingId,
            String kind,
            String label,
            Shape shape,
            Style style,
            String icon,
            Node parent) {
        this.id = elementId + "/" + mappingId;
        this.elementId = elementId;
        this.mappingId = mappingId;
        this.kind = kind;
        this.label = label;
        this.shape = shape;
        this.style = style;
        this.icon = icon;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public String id() {
        return id;
    }

    public String elementId() {
        return elementId;
    }
    /** The mapping that made the node: the node's type for a diagram server. */
    public String mappingId() {
        return mappingId;
    }
    /** The EClass name of the element. */
    public String kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public Shape shape() {
        return shape;
    }

    public String icon() {
        return icon;
    }

    public Node parent() {
        return parent;
    }

    public List<Node> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean isContainer() {
        return !children.isEmpty();
    }

    public List<Badge> badges() {
        return badges;
    }
    /** Markers set by decorations, e.g. {@code unaligned}. */
    public Set<String> flags() {
        return flags;
    }

    public Style style() {
        return style;
    }

    public void setStyle(Style style) {
        this.style = style;
    }
    /** The label broken into lines that fit the node, as measured. */
    public List<String> labelLines() {
        return labelLines;
    }

    public void setLabelLines(List<String> lines) {
        this.labelLines = List.copyOf(lines);
    }

    /** Takes the node out of its parent's children (the graph is removing it). */
    void detach() {
        if (parent != null) {
            parent.children.remove(this);
        }
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public void setPosition(double x, double y) {
        this.x = x;
        this.y = y;
    }

    public void setSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Position in diagram coordinates (the parents' positions added). */
    public Point absolute() {
        double ax = x, ay = y;
        for (Node p = parent; p != null; p = p.parent) {
            ax += p.x;
            ay += p.y;
        }
        return new Point(ax, ay);
    }

    @Override
    public String toString() {
        return id;
    }
}
