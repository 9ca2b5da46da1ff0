/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import java.util.Collection;
import java.util.Map;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.engine.DiagramEngine;
import org.phaen.diagram.engine.FontTextMeasure;
import org.phaen.diagram.engine.NeighbourPlans;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Folding;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.diagram.layout.Pin;

/**
 * The diagram of a plan session as a client shows it, for the client itself (PlanGModelFactory) and for what is made
 * from the view (Plan > Export Diagram Image): the indicator statuses' badges, the aligned badges counted from the plan
 * files beside it, what the view folded left out, laid out toward the view's shape with the pinned positions kept.
 */
public final class ShownDiagram {

    /** One font measure for all: the costly part of an engine to set up. */
    private static final FontTextMeasure MEASURE = FontTextMeasure.sarabun();

    private ShownDiagram() {}

    /** The diagram of the session's plans, read on the thread that owns them (see {@link PlanSession#modelThread}). */
    public static DiagramGraph build(PlanSession session, DiagramDescription description) {
        var plans = session.domain().getResourceSet();
        return new DiagramEngine(MEASURE, session.statuses(), NeighbourPlans.of(session.planFile(), plans))
                .build(description, plans);
    }

    /** Leaves out what the {@code folded} nodes hide (before the layout, so it closes the gaps) and lays it out. */
    public static DiagramGraph layOut(
            DiagramGraph graph, Collection<String> folded, double aspectRatio, Map<String, Pin> pins) {
        Folding.apply(graph, folded);
        new ElkLayout(aspectRatio).layout(graph, pins);
        return graph;
    }
}
