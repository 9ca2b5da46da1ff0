package org.phaen.diagram;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.diagram.engine.DiagramEngine;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Node;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;

/** The sample plans of models/ and small helpers shared by the tests. */
public final class Samples {

    public static final DiagramEngine ENGINE = new DiagramEngine();

    private Samples() {}

    public static Path file(String name) {
        return Path.of(System.getProperty("phaen.root", "../.."), "models", name);
    }

    public static PlanModel region() throws Exception {
        return PlanFiles.load(PlanFiles.newResourceSet(), file("region17-2562.phaen"));
    }

    /** Both sample plans in one resource set (the provincial plan aligns to the regional one across files). */
    public static ResourceSet both() throws Exception {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, file("region17-2562.phaen"));
        PlanFiles.load(set, file("phitsanulok-2562.phaen"));
        return set;
    }

    /** Every object of the given class in the set's resources, in model order. */
    public static <T> List<T> all(ResourceSet set, Class<T> type) {
        return set.getResources().stream()
                .flatMap(r -> stream(r.getAllContents()))
                .filter(type::isInstance)
                .map(type::cast)
                .collect(Collectors.toList());
    }

    public static <T> List<T> all(EObject root, Class<T> type) {
        return stream(root.eAllContents())
                .filter(type::isInstance)
                .map(type::cast)
                .collect(Collectors.toList());
    }

    public static List<Node> nodes(DiagramGraph graph, Predicate<Node> which) {
        return graph.nodes().stream().filter(which).toList();
    }

    public static List<Node> nodesOf(DiagramGraph graph, String mappingId) {
        return nodes(graph, n -> n.mappingId().equals(mappingId));
    }

    private static java.util.stream.Stream<EObject> stream(java.util.Iterator<EObject> it) {
        java.util.List<EObject> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list.stream();
    }
}
