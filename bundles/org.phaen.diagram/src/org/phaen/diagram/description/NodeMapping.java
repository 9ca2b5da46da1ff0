package org.phaen.diagram.description;

/** A mapping to plain nodes. */
public record NodeMapping(String id, String domainClass, String candidates, NodeLook look) implements Mapping {}
