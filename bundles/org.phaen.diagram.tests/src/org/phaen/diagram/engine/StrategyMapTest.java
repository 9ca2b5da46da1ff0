/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.phaen.diagram.Samples;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.graph.Badge;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Edge;
import org.phaen.diagram.graph.Node;
import org.phaen.model.Goal;
import org.phaen.model.Indicator;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicIssue;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Strategy;
import org.phaen.testing.ModelAssertions;
import org.phaen.testing.SamplePlans;

class StrategyMapTest {

    @Test
    void nodesForEveryPlanIssueGoalAndStrategyOfTheModel() throws Exception {
        PlanModel region = SamplePlans.load(SamplePlans.REGION);
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.strategyMap(), region);
        assertEquals(
                ModelAssertions.all(region, StrategicPlan.class).size(),
                Samples.nodesOf(graph, "plan").size());
        assertEquals(
                ModelAssertions.all(region, StrategicIssue.class).size(),
                Samples.nodesOf(graph, "issue").size());
        assertEquals(
                ModelAssertions.all(region, Goal.class).size(),
                Samples.nodesOf(graph, "goal").size());
        assertEquals(
                ModelAssertions.all(region, Strategy.class).size(),
                Samples.nodesOf(graph, "strategy").size());
        assertTrue(Samples.nodesOf(graph, "issue").size() > 0);
        for (Node n : graph.nodes()) {
            assertTrue(n.width() > 0 && n.height() > 0 && !n.labelLines().isEmpty(), n.id());
        }
    }

    @Test
    void edgesFollowTheReferencesOfTheDescription() throws Exception {
        PlanModel region = SamplePlans.load(SamplePlans.REGION);
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.strategyMap(), region);
        int servedGoals = ModelAssertions.all(region, Strategy.class).stream()
                .mapToInt(s -> s.getServesGoals().size())
                .sum();
        assertEquals(servedGoals, count(graph, "serves"));
        assertEquals(ModelAssertions.all(region, Goal.class).size(), count(graph, "issue-goal"));
        assertEquals(ModelAssertions.all(region, StrategicIssue.class).size(), count(graph, "plan-issue"));
        Edge serves = graph.edges().stream()
                .filter(e -> e.mappingId().equals("serves"))
                .findFirst()
                .orElseThrow();
        assertEquals("Strategy", serves.source().kind());
        assertEquals("Goal", serves.target().kind());
        assertTrue(serves.upward());
    }

    @Test
    void projectsLinkToStrategiesOfTheirOwnAndOfTheRegionalPlan() throws Exception {
        DiagramGraph graph = Samples.ENGINE.build(Descriptions.strategyMap(), SamplePlans.both());
        List<Edge> implementsEdges = graph.edges().stream()
                .filter(e -> e.mappingId().equals("implements"))
                .toList();
        Set<String> kinds = implementsEdges.stream().map(e -> e.target().kind()).collect(Collectors.toSet());
        assertEquals(Set.of("Strategy"), kinds);
        assertTrue(
                implementsEdges.stream().anyMatch(e -> e.target().label().startsWith("R17")),
                "a project implements a regional strategy");
    }

    @Test
    void indicatorBadgesTakeTheColourOfTheirLatestStatus() throws Exception {
        PlanModel region = SamplePlans.load(SamplePlans.REGION);
        Indicator first = ModelAssertions.all(region, Goal.class).stream()
                .flatMap(g -> g.getIndicators().stream())
                .findFirst()
                .orElseThrow();
        DiagramEngine connected =
                new DiagramEngine(FontTextMeasure.sarabun(), uuid -> uuid.equals(first.getUuid()) ? "OFF_TRACK" : null);
        DiagramGraph graph = connected.build(Descriptions.strategyMap(), region);
        List<Badge> badges = Samples.nodesOf(graph, "goal").stream()
                .flatMap(n -> n.badges().stream())
                .toList();
        assertEquals(
                ModelAssertions.all(region, Goal.class).stream()
                        .mapToInt(g -> g.getIndicators().size())
                        .sum(),
                badges.size());
        Badge offTrack = badges.stream()
                .filter(b -> b.elementId().equals(first.getUuid()))
                .findFirst()
                .orElseThrow();
        assertEquals("#c62828", offTrack.color());
        assertEquals(first.getCode(), offTrack.label());
        assertTrue(badges.stream()
                .filter(b -> b != offTrack)
                .allMatch(b ->
                        b.status().equals(StatusSource.NO_DATA) && b.color().equals("#9e9e9e")));
    }

    @Test
    void idsAreStableAcrossBuilds() throws Exception {
        DiagramGraph a = Samples.ENGINE.build(Descriptions.strategyMap(), SamplePlans.load(SamplePlans.REGION));
        DiagramGraph b = Samples.ENGINE.build(Descriptions.strategyMap(), SamplePlans.load(SamplePlans.REGION));
        assertEquals(
                a.nodes().stream().map(Node::id).toList(),
                b.nodes().stream().map(Node::id).toList());
        assertEquals(
                a.edges().stream().map(Edge::id).toList(),
                b.edges().stream().map(Edge::id).toList());
        Node goal = Samples.nodesOf(a, "goal").get(0);
        assertNotNull(goal.elementId());
        assertEquals(goal.elementId() + "/goal", goal.id());
    }

    private static long count(DiagramGraph graph, String mapping) {
        return graph.edges().stream().filter(e -> e.mappingId().equals(mapping)).count();
    }
}
