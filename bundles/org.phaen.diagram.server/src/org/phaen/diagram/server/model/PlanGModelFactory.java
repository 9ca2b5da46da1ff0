/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server.model;

import com.google.inject.Inject;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.phaen.diagram.graph.DiagramGraph;

/**
 * Builds the diagram the client shows, on every model change: the engine reads the description over the plan (and
 * the plans loaded with it; the plan files beside it count for the aligned badges), what the user folded is left
 * out, ELK lays it out keeping the pinned positions, and the graph becomes GLSP's GModel, each
 * node marked with the worst validation finding on its element.
 */
public class PlanGModelFactory implements GModelFactory {

    @Inject
    protected PlanModelState state;

    @Override
    public void createGModel() {
        // The plan is read where it lives (with the plans beside it, for the aligned badges); the layout works on
        // the neutral graph, off that thread.
        DiagramGraph graph = ShownDiagram.layOut(
                state.read(() -> ShownDiagram.build(state.session(), state.description())),
                state.folded(),
                state.aspectRatio(),
                state.notation().pins(state.description().id()));
        state.setGraph(graph);
        PlanFindings findings = state.read(() -> new PlanFindings(state));
        state.updateRoot(GModelConversion.toGModel(
                graph,
                findings::worst,
                state.getRoot() == null ? 0 : state.getRoot().getRevision()));
    }
}
