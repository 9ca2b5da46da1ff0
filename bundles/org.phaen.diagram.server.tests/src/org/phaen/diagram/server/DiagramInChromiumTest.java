/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.engine.DiagramEngine;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.server.model.PlanSession;
import org.phaen.diagram.server.model.PlanSessions;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.testing.SamplePlans;

/**
 * The web client (bundle org.phaen.diagram.web, built by npm and esbuild) in headless Chromium against the server:
 * each diagram renders every node the server sent; a connection made from the page lands in the plan and undo takes
 * it back. Screenshots go to target/screenshots/.
 */
class DiagramInChromiumTest {

    @TempDir
    static Path dir;

    static DiagramServer server;
    static Chromium browser;
    static Path plan;
    static PlanSession session;

    @BeforeAll
    static void start() throws Exception {
        SamplePlans.copyBoth(dir);
        plan = dir.resolve("phitsanulok-2562.phaen");
        server = DiagramServer.start();
        session = PlanSessions.open(plan);
        browser = new Chromium();
    }

    @AfterAll
    static void stop() throws Exception {
        browser.close();
        session.close();
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {Descriptions.STRATEGY_MAP, Descriptions.ALIGNMENT, Descriptions.PARTNER_NETWORK})
    void everyDiagramRendersAllItsNodes(String type) throws Exception {
        open(type);
        // The client draws only what is in view: fit the whole diagram first.
        browser.run("return window.phaenDiagram.dispatch({kind: 'fit', elementIds: [], padding: 10, animate: false});");
        browser.waitUntil(
                "window.phaenDiagram.nodeCount === window.phaenDiagram.modelNodeCount", Duration.ofSeconds(10));
        int sent = browser.run("return window.phaenDiagram.modelNodeCount;").getAsInt();
        assertEquals(graph(type).nodes().size(), sent, "the server sent the engine's nodes");
        assertTrue(browser.run("return document.querySelectorAll('g.phaen-edge').length;")
                        .getAsInt()
                > 0);
        browser.screenshot(Path.of("target/screenshots/diagram-" + type + ".png"));
    }

    @Test
    void aConnectionMadeInThePageIsInThePlanAndUndoTakesItBack() throws Exception {
        open(Descriptions.STRATEGY_MAP);
        DiagramGraph graph = graph(Descriptions.STRATEGY_MAP);
        EditingDomain domain = PlanSessions.domainFor(plan);
        Node projectNode = graph.nodes().stream()
                .filter(n -> n.mappingId().equals("project"))
                .findFirst()
                .orElseThrow();
        Project project = (Project) element(domain, projectNode);
        Node strategyNode = graph.nodes().stream()
                .filter(n -> n.mappingId().equals("strategy"))
                .filter(n -> !project.getImplementsStrategies().contains(element(domain, n)))
                .findFirst()
                .orElseThrow();
        Strategy strategy = (Strategy) element(domain, strategyNode);

        int updates = browser.run("return window.phaenDiagram.updates;").getAsInt();
        browser.run(
                "return window.phaenDiagram.dispatch(arguments[0]);",
                Map.of(
                        "kind",
                        "createEdge",
                        "elementTypeId",
                        "phaen:edge:implements",
                        "sourceElementId",
                        projectNode.id(),
                        "targetElementId",
                        strategyNode.id(),
                        "args",
                        Map.of()));
        browser.waitUntil("window.phaenDiagram.updates > " + updates, Duration.ofSeconds(20));
        assertTrue(project.getImplementsStrategies().contains(strategy), "the project now implements the strategy");

        updates = browser.run("return window.phaenDiagram.updates;").getAsInt();
        browser.run("return window.phaenDiagram.dispatch({kind: 'glspUndo'});");
        browser.waitUntil("window.phaenDiagram.updates > " + updates, Duration.ofSeconds(20));
        assertFalse(project.getImplementsStrategies().contains(strategy), "undone");
        browser.screenshot(Path.of("target/screenshots/diagram-after-undo.png"));
    }

    @Test
    void aGoalCreatedFromThePageIsInThePlanDeletedAgainAndBackWithUndo() throws Exception {
        open(Descriptions.STRATEGY_MAP);
        EditingDomain domain = PlanSessions.domainFor(plan);
        Node issueNode = graph(Descriptions.STRATEGY_MAP).nodes().stream()
                .filter(n -> n.mappingId().equals("issue"))
                .filter(n -> ((org.eclipse.emf.ecore.EObject) element(domain, n))
                        .eResource()
                        .getURI()
                        .lastSegment()
                        .startsWith("phitsanulok"))
                .findFirst()
                .orElseThrow();
        org.phaen.model.StrategicIssue issue = (org.phaen.model.StrategicIssue) element(domain, issueNode);
        int goals = issue.getGoals().size();
        dispatchAndWait(Map.of(
                "kind",
                "createNode",
                "elementTypeId",
                "phaen:node:goal",
                "containerId",
                issueNode.id(),
                "location",
                Map.of("x", 100, "y", 100),
                "args",
                Map.of()));
        assertEquals(goals + 1, issue.getGoals().size(), "the palette's goal went into the issue it was dropped on");
        String created = issue.getGoals().get(goals).getUuid() + "/goal";
        assertTrue(
                browser.run("return window.phaenDiagram.nodeIds.includes(arguments[0]);", created)
                        .getAsBoolean(),
                "and is on the diagram");

        dispatchAndWait(Map.of("kind", "deleteElement", "elementIds", java.util.List.of(created)));
        assertEquals(goals, issue.getGoals().size(), "deleted from the diagram, gone from the plan");
        dispatchAndWait(Map.of("kind", "glspUndo"));
        assertEquals(goals + 1, issue.getGoals().size(), "undo brings it back");
        dispatchAndWait(Map.of("kind", "glspUndo"));
        assertEquals(goals, issue.getGoals().size());
    }

    /** Ctrl+. in the page folds the selected issue (its goals leave the drawing, the issue is drawn dashed) and unfolds it. */
    @Test
    void theFoldKeyFoldsTheSelectedIssueAndUnfoldsIt() throws Exception {
        open(Descriptions.STRATEGY_MAP);
        EditingDomain domain = PlanSessions.domainFor(plan);
        Node issueNode = graph(Descriptions.STRATEGY_MAP).nodes().stream()
                .filter(n -> n.mappingId().equals("issue"))
                .filter(n -> !((org.phaen.model.StrategicIssue) element(domain, n))
                        .getGoals()
                        .isEmpty())
                .findFirst()
                .orElseThrow();
        String goal = ((org.phaen.model.StrategicIssue) element(domain, issueNode))
                        .getGoals()
                        .get(0)
                        .getUuid() + "/goal";
        browser.run("return window.phaenDiagram.select(arguments[0]);", java.util.List.of(issueNode.id()));
        browser.waitUntil("window.phaenDiagram.selection.includes('" + issueNode.id() + "')", Duration.ofSeconds(10));
        int nodes = browser.run("return window.phaenDiagram.modelNodeCount;").getAsInt();

        pressFoldKey();
        browser.waitUntil("!window.phaenDiagram.nodeIds.includes('" + goal + "')", Duration.ofSeconds(20));
        assertTrue(browser.run("return window.phaenDiagram.modelNodeCount;").getAsInt() < nodes);
        browser.run("return window.phaenDiagram.dispatch({kind: 'fit', elementIds: [], padding: 10, animate: false});");
        browser.waitUntil("document.querySelector('g.folded') !== null", Duration.ofSeconds(10));
        browser.screenshot(Path.of("target/screenshots/diagram-strategy-map-folded.png"));

        pressFoldKey();
        browser.waitUntil("window.phaenDiagram.nodeIds.includes('" + goal + "')", Duration.ofSeconds(20));
        assertEquals(
                nodes, browser.run("return window.phaenDiagram.modelNodeCount;").getAsInt());
    }

    /**
     * The scroll bars along the page's edges (GLSP's projection bars, which mark where the validation markers are) show
     * only where the map does not fit: at 100 % the provincial map is larger than the page, fitted it is all in view.
     */
    @Test
    void theScrollBarsAndTheirMarkerMarksShowOnlyWhenTheMapDoesNotFit() throws Exception {
        open(Descriptions.STRATEGY_MAP);
        browser.run("return window.phaenDiagram.actualSize();");
        browser.waitUntil(
                "document.querySelectorAll('.sprotty-projection-bar').length > 0"
                        + " && document.querySelectorAll('.sprotty-projection-bar .sprotty-issue').length > 0",
                Duration.ofSeconds(20));
        browser.run("return window.phaenDiagram.fit();");
        browser.waitUntil("document.querySelectorAll('.sprotty-projection-bar').length === 0", Duration.ofSeconds(10));
        assertEquals(
                0,
                browser.run("return document.querySelectorAll('.sprotty-issue').length"
                                + " - document.querySelectorAll('.sprotty-graph .sprotty-issue').length;")
                        .getAsInt(),
                "no marker marks outside the drawing");
        browser.screenshot(Path.of("target/screenshots/diagram-strategy-map-fitted.png"));
    }

    private static void pressFoldKey() throws Exception {
        browser.run(
                "document.dispatchEvent(new KeyboardEvent('keydown', {key: '.', code: 'Period', ctrlKey: true, bubbles: true})); return true;");
    }

    private static void dispatchAndWait(Map<String, Object> action) throws Exception {
        int updates = browser.run("return window.phaenDiagram.updates;").getAsInt();
        browser.run("return window.phaenDiagram.dispatch(arguments[0]);", action);
        browser.waitUntil("window.phaenDiagram.updates > " + updates, Duration.ofSeconds(20));
    }

    private static void open(String type) throws Exception {
        browser.open(server.page(type, plan));
        browser.waitUntil("window.phaenDiagram && window.phaenDiagram.ready", Duration.ofSeconds(30));
    }

    private static DiagramGraph graph(String type) throws Exception {
        return new DiagramEngine()
                .build(Descriptions.load(type), PlanSessions.domainFor(plan).getResourceSet());
    }

    private static Object element(EditingDomain domain, Node node) {
        return domain.getResourceSet().getResources().stream()
                .map(r -> r.getEObject(node.elementId()))
                .filter(o -> o != null)
                .findFirst()
                .orElseThrow();
    }
}
