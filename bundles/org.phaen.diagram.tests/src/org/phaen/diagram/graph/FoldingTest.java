/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.Samples;
import org.phaen.diagram.description.Descriptions;
import org.phaen.testing.SamplePlans;

/**
 * Folding a strategic issue in the samples' strategy map leaves out exactly what is reachable only through it: a strategy
 * also serving a goal of another issue, or a project also implementing a strategy shown, stays.
 */
class FoldingTest {

    @Test
    void everyIssueFoldedHidesWhatHangsOnlyFromIt() throws Exception {
        DiagramGraph whole = strategyMap();
        List<String> issues =
                Samples.nodesOf(whole, "issue").stream().map(Node::id).toList();
        assertTrue(issues.size() >= 4, "issues: " + issues);
        int hidingSomething = 0;
        for (String issue : issues) {
            DiagramGraph graph = strategyMap();
            Set<String> expected = new HashSet<>(ids(graph));
            expected.removeAll(shownWithout(graph, issue));
            int left = Folding.apply(graph, List.of(issue));

            assertEquals(expected.size(), left, issue);
            assertEquals(ids(whole).size() - expected.size(), graph.nodes().size(), issue);
            expected.forEach(id -> assertEquals(null, graph.node(id), id + " hidden under " + issue));
            graph.edges().forEach(e -> assertNotNull(graph.node(e.source().id()), e.id()));
            graph.edges().forEach(e -> assertNotNull(graph.node(e.target().id()), e.id()));
            Node folded = graph.node(issue);
            boolean hasGoals =
                    whole.edges().stream().anyMatch(e -> e.source().id().equals(issue));
            // An issue without goals has nothing to fold: it is drawn as it was.
            assertEquals(hasGoals, folded.flags().contains(Folding.FLAG), issue);
            assertEquals(
                    hasGoals,
                    folded.badges().stream().anyMatch(b -> b.label().equals("+" + expected.size())),
                    folded.badges().toString());
            hidingSomething += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(hidingSomething >= 4, "issues whose folding hides goals: " + hidingSomething);
    }

    @Test
    void unfoldingIsBuildingWithoutTheFold() throws Exception {
        DiagramGraph graph = strategyMap();
        assertEquals(0, Folding.apply(graph, List.of()));
        assertEquals(ids(strategyMap()), ids(graph));
        assertFalse(graph.nodes().stream().anyMatch(n -> n.flags().contains(Folding.FLAG)));
    }

    private static DiagramGraph strategyMap() throws Exception {
        return Samples.ENGINE.build(Descriptions.strategyMap(), SamplePlans.both());
    }

    private static Set<String> ids(DiagramGraph graph) {
        return graph.nodes().stream().map(Node::id).collect(Collectors.toSet());
    }

    /** Nodes reached from the nodes nothing hangs from, down the tree edges, never through {@code folded}'s children. */
    private static Set<String> shownWithout(DiagramGraph graph, String folded) {
        Set<String> hasParent = graph.edges().stream()
                .map(e -> (e.upward() ? e.source() : e.target()).id())
                .collect(Collectors.toSet());
        Deque<String> queue = graph.nodes().stream()
                .map(Node::id)
                .filter(id -> !hasParent.contains(id))
                .collect(Collectors.toCollection(ArrayDeque::new));
        Set<String> shown = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            String id = queue.pop();
            if (id.equals(folded)) {
                continue;
            }
            for (Edge e : graph.edges()) {
                Node parent = e.upward() ? e.target() : e.source(), child = e.upward() ? e.source() : e.target();
                if (parent.id().equals(id) && shown.add(child.id())) {
                    queue.push(child.id());
                }
            }
        }
        return shown;
    }
}
