/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.diagram.engine.NeighbourPlans;
import org.phaen.diagram.graph.Badge;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.diagram.server.model.PlanSessions;
import org.phaen.diagram.svg.DiagramFiles;
import org.phaen.diagram.svg.PrintedDiagram;
import org.phaen.model.Alignment;
import org.phaen.model.PlanElement;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.trace.Traceability;
import org.phaen.testing.SamplePlans;

/**
 * The regional plan's strategy map, with the provinces' plan files received beside it: each regional strategy's
 * badge counts the provinces and projects aligned to it and names them in its tooltip; a province's file arriving
 * later shows at the next change.
 */
class AlignedBadgesTest {

    private static final Path MODELS = SamplePlans.models();
    private static final List<String> PROVINCES = List.of(
            "phitsanulok-2562.phaen",
            "tak-2562.phaen",
            "phetchabun-2562.phaen",
            "sukhothai-2562.phaen",
            "uttaradit-2562.phaen");

    @TempDir
    Path dir;

    DiagramServer server;
    Path region;

    @BeforeEach
    void start() throws Exception {
        region = Files.copy(MODELS.resolve("region17-2562.phaen"), dir.resolve("region17-2562.phaen"));
        for (String province : PROVINCES.subList(0, 4)) {
            Files.copy(MODELS.resolve(province), dir.resolve(province));
        }
        server = DiagramServer.start(0, Files.createDirectories(dir.resolve("web")));
        PlanSessions.open(region);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void eachRegionalStrategyCountsTheProvincesAndProjectsAlignedToIt() throws Exception {
        try (GlspTestClient client = new GlspTestClient(server, "test-" + System.nanoTime(), "strategy-map")) {
            List<JsonObject> strategies = regionalShown(client);
            assertTrue(strategies.size() >= 8, "the region's strategies: " + strategies.size());
            int aligned = 0;
            for (JsonObject node : strategies) {
                String uuid = node.getAsJsonObject("args").get("elementId").getAsString();
                Expected expected = expected(uuid, PROVINCES.subList(0, 4));
                JsonObject badge = alignedBadge(node);
                assertEquals(
                        expected.plans().size() + " จังหวัด · "
                                + expected.projects().size() + " โครงการ",
                        badge.get("text").getAsString(),
                        uuid);
                String title = badge.get("title").getAsString();
                for (String plan : expected.plans()) {
                    assertTrue(title.contains(plan + " "), title + " names " + plan);
                }
                for (String code : expected.projects()) {
                    assertTrue(title.contains(code), title + " names " + code);
                }
                assertEquals(
                        expected.plans().isEmpty() ? "#9e9e9e" : "#5e35b1",
                        badge.get("fill").getAsString());
                aligned += expected.plans().isEmpty() ? 0 : 1;
            }
            assertTrue(aligned >= 4, "regional strategies some province carries out: " + aligned);

            // Uttaradit's package arrives: its plan file beside the region's counts at the next change of the diagram.
            Files.copy(MODELS.resolve(PROVINCES.get(4)), dir.resolve(PROVINCES.get(4)));
            List<JsonObject> again = regionalShown(client);
            JsonObject first = again.stream()
                    .filter(n ->
                            !expected(id(n), PROVINCES.subList(4, 5)).plans().isEmpty())
                    .findFirst()
                    .orElseThrow();
            Expected all = expected(id(first), PROVINCES);
            assertEquals(
                    all.plans().size() + " จังหวัด · " + all.projects().size() + " โครงการ",
                    alignedBadge(first).get("text").getAsString());
        }
    }

    @Test
    void theExportedImageCarriesTheBadgesTheEditorShows() throws Exception {
        try (GlspTestClient client = new GlspTestClient(server, "test-" + System.nanoTime(), "strategy-map")) {
            List<JsonObject> shown = regionalShown(client);

            // Plan > Export Diagram Image and the plan book's annex lay the diagram out as DiagramFiles does.
            ResourceSet set = PlanFiles.newResourceSet();
            PlanFiles.load(set, region);
            DiagramGraph exported = DiagramFiles.laidOut(
                    "strategy-map", set, Map.of(), ElkLayout.ASPECT_RATIO, NeighbourPlans.of(region, set));
            String svg = String.join(
                    "\n",
                    PrintedDiagram.pages(exported, PrintedDiagram.Paper.A4_LANDSCAPE).stream()
                            .map(PrintedDiagram.Page::svg)
                            .toList());
            Map<String, Integer> texts = new java.util.HashMap<>();
            for (JsonObject node : shown) {
                String text = alignedBadge(node).get("text").getAsString();
                assertEquals(
                        text,
                        exported.nodes().stream()
                                .filter(n -> id(node).equals(n.elementId()))
                                .flatMap(n -> n.badges().stream())
                                .map(Badge::label)
                                .filter(label -> label.endsWith(" โครงการ"))
                                .findFirst()
                                .orElse("no aligned badge"),
                        "the exported node of " + id(node) + " has the editor's badge");
                texts.merge(text, 1, Integer::sum);
            }
            assertTrue(
                    texts.keySet().stream().anyMatch(t -> !t.startsWith("0 ")),
                    "some strategy is carried out: " + texts);
            texts.forEach((text, count) -> assertTrue(
                    occurrences(svg, ">" + text + "<") >= count,
                    "'" + text + "' drawn on the printed pages for each of " + count + " strategies"));
        }
    }

    /** The region's strategy map as the editor is sent it: the nodes of the regional strategies. */
    private List<JsonObject> regionalShown(GlspTestClient client) throws Exception {
        client.send(Map.of(
                "kind",
                "requestModel",
                "options",
                Map.of("sourceUri", region.toUri().toString(), "diagramType", "strategy-map")));
        return regional(strategies(client.await("setModel").getAsJsonObject("newRoot")));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** What the badge of a regional strategy should say, worked out from the plan files directly. */
    private record Expected(Set<String> plans, Set<String> projects) {}

    private Expected expected(String regionalUuid, List<String> provinces) {
        Set<String> plans = new LinkedHashSet<>(), projects = new LinkedHashSet<>();
        try {
            for (String province : provinces) {
                ResourceSet set = PlanFiles.newResourceSet();
                PlanModel model = PlanFiles.load(set, dir.resolve(province));
                List<PlanElement> carriers = new ArrayList<>();
                model.eAllContents().forEachRemaining(e -> {
                    if (e instanceof PlanElement p
                            && p.getAlignments().stream()
                                    .map(Alignment::getTarget)
                                    .anyMatch(t -> regionalUuid.equals(t.getUuid()))) {
                        carriers.add(p);
                    }
                });
                model.eAllContents().forEachRemaining(e -> {
                    if (e instanceof Project p
                            && (carriers.contains(p)
                                    || p.getImplementsStrategies().stream().anyMatch(carriers::contains))) {
                        projects.add(p.getCode());
                    }
                });
                if (!carriers.isEmpty()) {
                    plans.add(model.getPlans().get(0).getCode());
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return new Expected(plans, projects);
    }

    private static JsonObject alignedBadge(JsonObject node) {
        for (JsonElement badge : JsonParser.parseString(
                        node.getAsJsonObject("args").get("badges").getAsString())
                .getAsJsonArray()) {
            if (badge.getAsJsonObject().get("text").getAsString().endsWith(" โครงการ")) {
                return badge.getAsJsonObject();
            }
        }
        throw new AssertionError(
                "no aligned badge on " + node.getAsJsonObject("args").get("lines"));
    }

    /** The nodes of the regional plan's strategies (the region's file also holds the national and ministry plans it follows). */
    private List<JsonObject> regional(List<JsonObject> strategies) throws Exception {
        PlanModel model = PlanFiles.load(PlanFiles.newResourceSet(), region);
        return strategies.stream()
                .filter(n -> model.eResource().getEObject(id(n)) instanceof Strategy s
                        && Traceability.documentOf(s).getLevel() == PlanLevel.REGIONAL_STRATEGIC_PLAN)
                .toList();
    }

    private static String id(JsonObject node) {
        return node.getAsJsonObject("args").get("elementId").getAsString();
    }

    private static List<JsonObject> strategies(JsonObject parent) {
        List<JsonObject> found = new ArrayList<>();
        if (parent.has("children")) {
            for (JsonElement child : parent.getAsJsonArray("children")) {
                JsonObject object = child.getAsJsonObject();
                if ("phaen:node".equals(object.get("type").getAsString())) {
                    if ("Strategy"
                            .equals(object.getAsJsonObject("args").get("kind").getAsString())) {
                        found.add(object);
                    }
                    found.addAll(strategies(object));
                }
            }
        }
        return found;
    }
}
