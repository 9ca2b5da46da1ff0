/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.description.EdgeMapping;
import org.phaen.diagram.description.Mapping;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;

/**
 * Reads a diagram description over a model and builds the neutral graph: nodes for the candidates of each mapping
 * (children evaluated inside their container's element), decorations, edges between nodes that exist, node sizes.
 * The same engine serves every description; nothing here knows a particular diagram.
 */
public final class DiagramEngine {

    private final NodeSizer sizer;
    private final Decorator decorator;

    public DiagramEngine(TextMeasure measure, StatusSource statuses) {
        this(measure, statuses, AlignedPlans.NONE);
    }

    /** An engine that also knows the plans beside the diagram's, for the {@code aligned} badges. */
    public DiagramEngine(TextMeasure measure, StatusSource statuses, AlignedPlans aligned) {
        this.sizer = new NodeSizer(measure);
        this.decorator = new Decorator(statuses, aligned);
    }

    /** An engine measuring with Sarabun (or a fallback) and no monitoring store connected. */
    public DiagramEngine() {
        this(FontTextMeasure.sarabun(), StatusSource.NONE);
    }

    /** Builds over the root of every resource of the set, resolving cross-file references first (alignments span files). */
    public DiagramGraph build(DiagramDescription description, ResourceSet set) {
        return build(description, set, element -> true);
    }

    /**
     * As {@link #build(DiagramDescription, ResourceSet)}, with nodes only for the elements {@code shown} accepts (an
     * element left out leaves out what its node would contain): the diagram of one plan among the files loaded.
     */
    public DiagramGraph build(DiagramDescription description, ResourceSet set, Predicate<EObject> shown) {
        EcoreUtil.resolveAll(set);
        List<EObject> roots = new ArrayList<>();
        for (int i = 0; i < set.getResources().size(); i++) {
            roots.addAll(set.getResources().get(i).getContents());
        }
        return build(description, roots, shown);
    }

    public DiagramGraph build(DiagramDescription description, EObject root) {
        return build(description, List.of(root), element -> true);
    }

    /** Builds over the given roots (a plan that lives in no resource set), with nodes only for what {@code shown} accepts. */
    public DiagramGraph build(DiagramDescription description, List<EObject> roots, Predicate<EObject> shown) {
        DiagramGraph graph = new DiagramGraph(description.id(), description.direction());
        Map<EObject, List<Node>> nodesOf = new LinkedHashMap<>(); // model order: the same model lays out the same way
        createNodes(graph, description.mappings(), roots, null, nodesOf, shown);
        for (EdgeMapping mapping : description.edges()) {
            createEdges(graph, mapping, nodesOf);
        }
        graph.nodes().forEach(sizer::size);
        return graph;
    }

    private void createNodes(
            DiagramGraph graph,
            List<Mapping> mappings,
            List<EObject> context,
            Node parent,
            Map<EObject, List<Node>> nodesOf,
            Predicate<EObject> shown) {
        for (Mapping mapping : mappings) {
            for (EObject element : Paths.follow(mapping.candidates(), context)) {
                if (!Paths.isA(element, mapping.domainClass())
                        || !shown.test(element)
                        || graph.node(Labels.id(element) + "/" + mapping.id()) != null) {
                    continue;
                }
                Node node = new Node(
                        Labels.id(element),
                        mapping.id(),
                        element.eClass().getName(),
                        Labels.text(element, mapping.look().labelFeatures()),
                        mapping.look().shape(),
                        mapping.look().style(),
                        mapping.look().icon(),
                        parent);
                graph.add(node);
                nodesOf.computeIfAbsent(element, k -> new ArrayList<>(1)).add(node);
                decorator.decorate(node, element, mapping.look().decorations());
                createNodes(graph, mapping.children(), List.of(element), node, nodesOf, shown);
            }
        }
    }

    private static void createEdges(DiagramGraph graph, EdgeMapping mapping, Map<EObject, List<Node>> nodesOf) {
        for (Map.Entry<EObject, List<Node>> entry : nodesOf.entrySet()) {
            for (Node source : entry.getValue()) {
                if (!mapping.acceptsSource(source.mappingId())) {
                    continue;
                }
                for (EObject targetElement : Paths.follow(mapping.reference(), List.of(entry.getKey()))) {
                    for (Node target : nodesOf.getOrDefault(targetElement, List.of())) {
                        if (mapping.acceptsTarget(target.mappingId()) && target != source) {
                            graph.add(new Edge(source, target, mapping.id(), mapping.style(), mapping.upward()));
                        }
                    }
                }
            }
        }
    }
}
