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
