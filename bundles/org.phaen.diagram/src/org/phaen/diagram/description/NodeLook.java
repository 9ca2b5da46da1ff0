package org.phaen.diagram.description;

import java.util.List;

/** The visual part shared by node and container mappings: shape, style, label features, icon name, decorations. */
public record NodeLook(
        Shape shape, Style style, List<String> labelFeatures, String icon, List<Decoration> decorations) {

    public NodeLook {
        labelFeatures = List.copyOf(labelFeatures);
        decorations = decorations == null ? List.of() : List.copyOf(decorations);
    }
}
