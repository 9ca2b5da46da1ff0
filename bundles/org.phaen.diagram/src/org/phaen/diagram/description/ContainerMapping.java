/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import java.util.List;

/** A mapping to nodes that hold the nodes of their child mappings (laid out inside them). */
public record ContainerMapping(String id, String domainClass, String candidates, NodeLook look, List<Mapping> children)
        implements Mapping {

    public ContainerMapping {
        children = List.copyOf(children);
    }
}
