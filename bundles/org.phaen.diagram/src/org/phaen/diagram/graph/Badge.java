package org.phaen.diagram.graph;

/** A small marker on a node standing for another element (an indicator): its label, status and colour. */
public record Badge(String elementId, String label, String status, String color) {
}
