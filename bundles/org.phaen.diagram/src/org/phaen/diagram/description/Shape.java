package org.phaen.diagram.description;

/** Node outlines every renderer (SVG here, the GLSP client later) knows how to draw. */
public enum Shape {
    RECTANGLE,
    ROUNDED,
    ELLIPSE,
    HEXAGON
}
