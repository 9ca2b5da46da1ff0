/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

import java.util.List;

/**
 * Which model elements become diagram nodes: elements of {@code domainClass} (an EClass name, subclasses included)
 * reached by the {@code candidates} path from the diagram root, or from the container's element for child mappings.
 * A path is {@code feature(.feature)*}, each step optionally filtered by type: {@code plans[StrategicPlan].strategicIssues}.
 */
public sealed interface Mapping permits NodeMapping, ContainerMapping {

    String id();

    String domainClass();

    String candidates();

    NodeLook look();

    /** Child mappings, evaluated from each container element; empty for plain nodes. */
    default List<Mapping> children() {
        return List.of();
    }
}
