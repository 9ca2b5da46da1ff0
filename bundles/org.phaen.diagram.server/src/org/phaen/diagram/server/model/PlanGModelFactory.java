package org.phaen.diagram.server.model;

import com.google.inject.Inject;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.phaen.diagram.engine.DiagramEngine;
import org.phaen.diagram.engine.FontTextMeasure;
import org.phaen.diagram.engine.NeighbourPlans;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Folding;
import org.phaen.diagram.layout.ElkLayout;

/**
 * Builds the diagram the client shows, on every model change: the engine reads the description over the plan (and
 * the plans loaded with it; the plan files beside it count for the aligned badges), what the user folded is left
 * out, ELK lays it out keeping the pinned positions, and the graph becomes GLSP's GModel, each
 * node marked with the worst validation finding on its element.
 */
public class PlanGModelFactory implements GModelFactory {

    /** One font measure for all clients: the costly part of an engine to set up. */
    private static final FontTextMeasure MEASURE = FontTextMeasure.sarabun();

    @Inject
    protected PlanModelState state;

    @Override
    public void createGModel() {
        // The plan is read where it lives (with the plans beside it, for the aligned badges); the layout works on
        // the neutral graph, off that thread.
        DiagramGraph graph = state.read(() -> new DiagramEngine(
                        MEASURE,
                        state.statuses(),
                        NeighbourPlans.of(state.planFile(), state.domain().getResourceSet()))
                .build(state.description(), state.domain().getResourceSet()));
        Folding.apply(graph, state.folded()); // before the layout, so it closes the gaps
        new ElkLayout(state.aspectRatio())
                .layout(graph, state.notation().pins(state.description().id()));
        state.setGraph(graph);
        PlanFindings findings = state.read(() -> new PlanFindings(state));
        state.updateRoot(GModelConversion.toGModel(
                graph,
                findings::worst,
                state.getRoot() == null ? 0 : state.getRoot().getRevision()));
    }
}
