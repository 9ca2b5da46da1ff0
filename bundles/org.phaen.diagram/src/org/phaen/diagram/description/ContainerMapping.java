package org.phaen.diagram.description;

import java.util.List;

/** A mapping to nodes that hold the nodes of their child mappings (laid out inside them). */
public record ContainerMapping(String id, String domainClass, String candidates, NodeLook look, List<Mapping> children)
        implements Mapping {

    public ContainerMapping {
        children = List.copyOf(children);
    }
}
