/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram;

import java.util.List;
import java.util.function.Predicate;
import org.phaen.diagram.engine.DiagramEngine;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Node;

/** The diagram engine and small helpers over its graphs shared by the tests (the sample plans: SamplePlans). */
public final class Samples {

    public static final DiagramEngine ENGINE = new DiagramEngine();

    private Samples() {}

    public static List<Node> nodes(DiagramGraph graph, Predicate<Node> which) {
        return graph.nodes().stream().filter(which).toList();
    }

    public static List<Node> nodesOf(DiagramGraph graph, String mappingId) {
        return nodes(graph, n -> n.mappingId().equals(mappingId));
    }
}
