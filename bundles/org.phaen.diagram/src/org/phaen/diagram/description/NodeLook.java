/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
