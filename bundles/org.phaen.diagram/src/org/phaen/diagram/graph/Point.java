package org.phaen.diagram.graph;

/** A point in diagram coordinates. */
public record Point(double x, double y) {}
