/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import static org.junit.jupiter.api.Assertions.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.diagram.notation.NotationFile;
import org.phaen.diagram.server.model.DiagramWords;
import org.phaen.diagram.server.model.PlanSession;
import org.phaen.diagram.server.model.PlanSessions;
import org.phaen.model.Goal;
import org.phaen.model.Named;
import org.phaen.model.Project;
import org.phaen.model.StrategicIssue;
import org.phaen.model.Strategy;
import org.phaen.testing.SamplePlans;

/** The GLSP server over its real protocol: the diagram sent, and edits from the diagram landing in the plan, undoable. */
class DiagramServerTest {

    @TempDir
    Path dir;

    DiagramServer server;
    Path plan;
    PlanSession session;

    @BeforeEach
    void start() throws Exception {
        SamplePlans.copyBoth(dir);
        plan = dir.resolve("phitsanulok-2562.phaen");
        Path web = Files.createDirectories(dir.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<html><body>client</body></html>");
        server = DiagramServer.start(0, web);
        session = PlanSessions.open(plan); // as the workbench's diagram editor registers the plan it shows
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
        server.close();
    }

    @Test
    void theStrategyMapArrivesAndTheClientFilesAreServed() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(server.page("strategy-map", plan))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("client"));

        try (GlspTestClient client = open("strategy-map")) {
            JsonObject root = client.await("setModel").getAsJsonObject("newRoot");
            List<JsonObject> nodes = nodes(root);
            assertTrue(nodes.size() > 30, "nodes: " + nodes.size());
            JsonObject issue = byKind(nodes, "StrategicIssue");
            assertTrue(issue.getAsJsonObject("args").get("lines").getAsString().length() > 5);
            assertEquals(
                    "phaen:label",
                    issue.getAsJsonArray("children")
                            .get(0)
                            .getAsJsonObject()
                            .get("type")
                            .getAsString());
            assertTrue(root.getAsJsonArray("children").asList().stream().anyMatch(c -> "phaen:edge".equals(type(c))));
        }
    }

    /** Only the server's own page, with this start's token, may connect: not another web page, nor a local program without it. */
    @Test
    void connectionsWithoutTheTokenOrFromAnotherOriginAreRefused() throws Exception {
        String ownPage = "http://localhost:" + server.port();
        URI withoutToken = URI.create("ws://localhost:" + server.port() + "/" + DiagramServer.ENDPOINT);
        URI wrongToken = URI.create(withoutToken + "?token=guessed");
        for (var refused : List.of(
                Map.entry(withoutToken, ownPage),
                Map.entry(wrongToken, ownPage),
                Map.entry(server.webSocket(), "http://evil.example"),
                Map.entry(server.webSocket(), "null"))) {
            ExecutionException e = assertThrows(
                    ExecutionException.class,
                    () -> GlspTestClient.connect(refused.getKey(), refused.getValue(), new WebSocket.Listener() {}),
                    refused.toString());
            assertTrue(
                    e.getCause() instanceof WebSocketHandshakeException handshake
                            && handshake.getResponse().statusCode() == 403,
                    e.toString());
        }
        GlspTestClient.connect(server.webSocket(), ownPage, new WebSocket.Listener() {})
                .sendClose(WebSocket.NORMAL_CLOSURE, "done")
                .join();
    }

    /** A plan the workbench has not opened is not served, even to a client with the token. */
    @Test
    void aPlanNotOpenedInTheWorkbenchIsRefused() throws Exception {
        Path unopened = dir.resolve("region17-2562.phaen");
        try (GlspTestClient client = new GlspTestClient(server, "test-" + System.nanoTime(), "strategy-map")) {
            client.send(Map.of(
                    "kind",
                    "requestModel",
                    "options",
                    Map.of("sourceUri", unopened.toUri().toString(), "diagramType", "strategy-map")));
            JsonObject message = client.await("message");
            assertTrue(message.toString().contains("not open in the workbench"), message.toString());
            assertThrows(AssertionError.class, () -> client.await("setModel"), "no diagram of it was sent");
        }
    }

    @Test
    void aRenameInTheDiagramIsTheElementsNameAndUndoTakesItBack() throws Exception {
        try (GlspTestClient client = open("strategy-map")) {
            JsonObject strategyNode = byKind(nodes(client.await("setModel").getAsJsonObject("newRoot")), "Strategy");
            String id = strategyNode.get("id").getAsString();
            Strategy strategy = (Strategy) element(strategyNode);
            String before = strategy.getName();
            client.send(Map.of(
                    "kind", "applyLabelEdit", "labelId", id + "#label", "text", "กลยุทธ์ที่เปลี่ยนชื่อจากแผนภาพ"));
            JsonObject updated = client.await("updateModel").getAsJsonObject("newRoot");
            assertEquals("กลยุทธ์ที่เปลี่ยนชื่อจากแผนภาพ", strategy.getName());
            assertTrue(find(updated, id)
                    .getAsJsonObject("args")
                    .get("lines")
                    .getAsString()
                    .contains("เปลี่ยนชื่อ"));
            client.send(Map.of("kind", "glspUndo"));
            client.await("updateModel");
            assertEquals(before, strategy.getName());
        }
    }

    @Test
    void anEditMadeOutsideTheDiagramShowsInIt() throws Exception {
        try (GlspTestClient client = open("strategy-map")) {
            JsonObject goalNode = byKind(nodes(client.await("setModel").getAsJsonObject("newRoot")), "Goal");
            Goal goal = (Goal) element(goalNode);
            EditingDomain domain = PlanSessions.domainFor(plan);
            // As the form editor or the Properties view would: a command on the plan's stack.
            domain.getCommandStack()
                    .execute(org.eclipse.emf.edit.command.SetCommand.create(
                            domain,
                            goal,
                            org.phaen.model.PhaenPackage.Literals.NAMED__NAME,
                            "เป้าประสงค์ที่แก้ในแบบฟอร์ม"));
            JsonObject updated = client.await("updateModel").getAsJsonObject("newRoot");
            String label = find(updated, goalNode.get("id").getAsString())
                    .getAsJsonArray("children")
                    .get(0)
                    .getAsJsonObject()
                    .get("text")
                    .getAsString();
            assertTrue(label.contains("เป้าประสงค์ที่แก้ในแบบฟอร์ม"), label);
        }
    }

    @Test
    void theRulesFindingsMarkTheirNodes() throws Exception {
        try (GlspTestClient client = open("strategy-map")) {
            List<JsonObject> nodes = nodes(client.await("setModel").getAsJsonObject("newRoot"));
            List<JsonObject> strategies = nodes.stream()
                    .filter(n -> "Strategy".equals(kind(n))
                            && ((org.eclipse.emf.ecore.EObject) element(n))
                                    .eResource()
                                    .getURI()
                                    .lastSegment()
                                    .startsWith("phitsanulok"))
                    .toList();
            JsonObject planted = strategies.get(1);
            assertEquals("", planted.getAsJsonObject("args").get("marker").getAsString());
            EditingDomain domain = PlanSessions.domainFor(plan);
            // A code another strategy of the plan already has: PH-IDN-001, an error.
            domain.getCommandStack()
                    .execute(org.eclipse.emf.edit.command.SetCommand.create(
                            domain,
                            element(planted),
                            org.phaen.model.PhaenPackage.Literals.NAMED__CODE,
                            ((Named) element(strategies.get(0))).getCode()));
            JsonObject updated = client.await("updateModel").getAsJsonObject("newRoot");
            assertEquals(
                    "error",
                    find(updated, planted.get("id").getAsString())
                            .getAsJsonObject("args")
                            .get("marker")
                            .getAsString());
            client.send(Map.of(
                    "kind", "requestMarkers", "requestId", "markers-1", "elementsIDs", List.of(), "reason", "batch"));
            JsonObject markers = client.await("setMarkers");
            while (!"markers-1".equals(markers.get("responseId").getAsString())) {
                markers = client.await("setMarkers"); // live markers the server sent on its own may come first
            }
            assertTrue(
                    markers.getAsJsonArray("markers").asList().stream()
                            .anyMatch(m -> m.getAsJsonObject()
                                            .get("label")
                                            .getAsString()
                                            .equals("PH-IDN-001")
                                    && m.getAsJsonObject()
                                            .get("elementId")
                                            .getAsString()
                                            .equals(planted.get("id").getAsString())),
                    markers.toString());
            domain.getCommandStack().undo();
        }
    }

    @Test
    void connectingAProjectToAStrategyMakesItImplementIt() throws Exception {
        try (GlspTestClient client = open("strategy-map")) {
            List<JsonObject> nodes = nodes(client.await("setModel").getAsJsonObject("newRoot"));
            JsonObject projectNode = byKind(nodes, "Project");
            Project project = (Project) element(projectNode);
            JsonObject strategyNode = nodes.stream()
                    .filter(n -> "Strategy".equals(kind(n))
                            && !project.getImplementsStrategies().contains(element(n)))
                    .findFirst()
                    .orElseThrow();
            client.send(Map.of(
                    "kind",
                    "createEdge",
                    "elementTypeId",
                    "phaen:edge:implements",
                    "sourceElementId",
                    projectNode.get("id").getAsString(),
                    "targetElementId",
                    strategyNode.get("id").getAsString()));
            client.await("updateModel");
            assertTrue(project.getImplementsStrategies().contains(element(strategyNode)));
            client.send(Map.of("kind", "glspUndo"));
            client.await("updateModel");
            assertFalse(project.getImplementsStrategies().contains(element(strategyNode)));
        }
    }

    @Test
    void aGoalCreatedOnAnIssueGoesIntoItAndAMovedNodeStaysWhereItWasPut() throws Exception {
        try (GlspTestClient client = open("strategy-map")) {
            List<JsonObject> nodes = nodes(client.await("setModel").getAsJsonObject("newRoot"));
            JsonObject issueNode = nodes.stream()
                    .filter(n -> "StrategicIssue".equals(kind(n))
                            && ((org.eclipse.emf.ecore.EObject) element(n))
                                    .eResource()
                                    .getURI()
                                    .lastSegment()
                                    .startsWith("phitsanulok"))
                    .findFirst()
                    .orElseThrow();
            StrategicIssue issue = (StrategicIssue) element(issueNode);
            int goals = issue.getGoals().size();
            client.send(Map.of(
                    "kind",
                    "createNode",
                    "elementTypeId",
                    "phaen:node:goal",
                    "containerId",
                    issueNode.get("id").getAsString(),
                    "location",
                    Map.of("x", 40, "y", 60)));
            JsonObject updated = client.await("updateModel").getAsJsonObject("newRoot");
            assertEquals(goals + 1, issue.getGoals().size());
            Goal created = issue.getGoals().get(goals);
            assertTrue(created.getName().startsWith(DiagramWords.ofInterface().text("newName", "")), created.getName());
            assertNotNull(find(updated, created.getUuid() + "/goal"), "the new goal is on the diagram");

            String moved = issueNode.get("id").getAsString();
            client.send(Map.of(
                    "kind",
                    "changeBounds",
                    "newBounds",
                    List.of(Map.of(
                            "elementId",
                            moved,
                            "newPosition",
                            Map.of("x", 1234.5, "y", 987.0),
                            "newSize",
                            Map.of("width", 300.0, "height", 90.0)))));
            JsonObject after = client.await("updateModel").getAsJsonObject("newRoot");
            JsonObject position = find(after, moved).getAsJsonObject("position");
            assertEquals(1234.5, position.get("x").getAsDouble(), 0.01);
            assertTrue(Files.readString(NotationFile.of(plan)).contains(moved), "the position is kept beside the plan");

            // Re-layout: the node gives up its pin and ELK places it again; undo pins it back.
            client.send(Map.of("kind", "layout", "elementIds", List.of()));
            JsonObject relaid = client.await("updateModel").getAsJsonObject("newRoot");
            assertNotEquals(
                    1234.5,
                    find(relaid, moved).getAsJsonObject("position").get("x").getAsDouble(),
                    0.01);
            assertFalse(Files.readString(NotationFile.of(plan)).contains(moved), "no pins left");
            client.send(Map.of("kind", "glspUndo"));
            assertEquals(
                    1234.5,
                    find(client.await("updateModel").getAsJsonObject("newRoot"), moved)
                            .getAsJsonObject("position")
                            .get("x")
                            .getAsDouble(),
                    0.01);
        }
    }

    /** Folding an issue leaves its goals out and lays the map out again; the plan is untouched; unfolding brings them back. */
    @Test
    void foldingAnIssueLeavesItsGoalsOutAndTheLayoutClosesTheGap() throws Exception {
        try (GlspTestClient client = open("strategy-map")) {
            JsonObject root = client.await("setModel").getAsJsonObject("newRoot");
            JsonObject issueNode = nodes(root).stream()
                    .filter(n -> "StrategicIssue".equals(kind(n))
                            && ((org.eclipse.emf.ecore.EObject) element(n))
                                    .eResource()
                                    .getURI()
                                    .lastSegment()
                                    .startsWith("phitsanulok"))
                    .findFirst()
                    .orElseThrow();
            StrategicIssue issue = (StrategicIssue) element(issueNode);
            String issueId = issueNode.get("id").getAsString(),
                    goalId = issue.getGoals().get(0).getUuid() + "/goal";
            assertNotNull(find(root, goalId));
            double area = area(root);

            client.send(Map.of("kind", "phaenFold", "elementIds", List.of(issueId)));
            JsonObject folded = client.await("updateModel").getAsJsonObject("newRoot");
            for (Goal goal : issue.getGoals()) {
                assertNull(find(folded, goal.getUuid() + "/goal"), "goal " + goal.getCode() + " left out");
            }
            assertTrue(folded.toString().contains("\"" + goalId) == false, "no edge to a goal left out either");
            JsonObject shown = find(folded, issueId);
            assertTrue(shown.getAsJsonArray("cssClasses").toString().contains("folded"), shown.toString());
            assertTrue(
                    shown.getAsJsonObject("args").get("badges").getAsString().contains("+"),
                    "the badge counts what is folded");
            assertTrue(area(folded) < area, "laid out again without the gap: " + area(folded) + " < " + area);
            assertEquals(
                    issue.getGoals().size(),
                    ((StrategicIssue) element(issueNode)).getGoals().size());
            assertFalse(
                    PlanSessions.domainFor(plan).getCommandStack().canUndo(),
                    "folding is the view's, not an edit of the plan");

            client.send(Map.of("kind", "phaenFold", "elementIds", List.of(issueId)));
            JsonObject unfolded = client.await("updateModel").getAsJsonObject("newRoot");
            assertNotNull(find(unfolded, goalId));
            assertFalse(find(unfolded, issueId)
                    .getAsJsonArray("cssClasses")
                    .toString()
                    .contains("folded"));
            assertEquals(area, area(unfolded), 1.0);
        }
    }

    /** The page sends its shape with the request: a wide page gets a wider map than a tall one. */
    @Test
    void theMapIsLaidOutTowardThePagesShape() throws Exception {
        double[] shape = new double[2];
        String[] asked = {"0.6", "2.5"};
        for (int i = 0; i < 2; i++) {
            try (GlspTestClient client = new GlspTestClient(server, "test-" + System.nanoTime(), "strategy-map")) {
                client.send(Map.of(
                        "kind",
                        "requestModel",
                        "options",
                        Map.of(
                                "sourceUri",
                                plan.toUri().toString(),
                                "diagramType",
                                "strategy-map",
                                "aspectRatio",
                                asked[i])));
                JsonObject root = client.await("setModel").getAsJsonObject("newRoot");
                shape[i] = far(root, "x", "width") / far(root, "y", "height");
            }
        }
        assertTrue(shape[1] > 1.8 * shape[0], "wide page " + shape[1] + ", tall page " + shape[0]);
    }

    /** The drawing's bounding box area: the far right times the far bottom of its top-level nodes. */
    private static double area(JsonObject root) {
        return far(root, "x", "width") * far(root, "y", "height");
    }

    private static double far(JsonObject root, String axis, String size) {
        return root.getAsJsonArray("children").asList().stream()
                .filter(c -> "phaen:node".equals(type(c)))
                .map(JsonElement::getAsJsonObject)
                .mapToDouble(n -> n.getAsJsonObject("position").get(axis).getAsDouble()
                        + n.getAsJsonObject("size").get(size).getAsDouble())
                .max()
                .orElse(0);
    }

    private GlspTestClient open(String type) throws Exception {
        GlspTestClient client = new GlspTestClient(server, "test-" + System.nanoTime(), type);
        client.send(Map.of(
                "kind",
                "requestModel",
                "options",
                Map.of("sourceUri", plan.toUri().toString(), "diagramType", type)));
        return client;
    }

    private Object element(JsonObject node) {
        try {
            EditingDomain domain = PlanSessions.domainFor(plan);
            String uuid = node.getAsJsonObject("args").get("elementId").getAsString();
            return domain.getResourceSet().getResources().stream()
                    .map(r -> r.getEObject(uuid))
                    .filter(o -> o != null)
                    .findFirst()
                    .orElseThrow();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String type(JsonElement element) {
        return element.getAsJsonObject().get("type").getAsString();
    }

    private static String kind(JsonObject node) {
        return node.getAsJsonObject("args").get("kind").getAsString();
    }

    private static JsonObject byKind(List<JsonObject> nodes, String kind) {
        return nodes.stream()
                .filter(n -> kind.equals(kind(n)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " node"));
    }

    private static List<JsonObject> nodes(JsonObject parent) {
        List<JsonObject> nodes = new ArrayList<>();
        if (parent.has("children")) {
            for (JsonElement child : parent.getAsJsonArray("children")) {
                if ("phaen:node".equals(type(child))) {
                    nodes.add(child.getAsJsonObject());
                    nodes.addAll(nodes(child.getAsJsonObject()));
                }
            }
        }
        return nodes;
    }

    private static JsonObject find(JsonObject root, String id) {
        return nodes(root).stream()
                .filter(n -> id.equals(n.get("id").getAsString()))
                .findFirst()
                .orElse(null);
    }

    @SuppressWarnings("unused")
    private static String name(Object element) {
        return ((Named) element).getName();
    }
}
