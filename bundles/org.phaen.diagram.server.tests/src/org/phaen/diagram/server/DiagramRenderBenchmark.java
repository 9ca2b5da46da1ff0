package org.phaen.diagram.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.sample.SyntheticPlanGenerator;

/**
 * {@code ./phaen bench diagram} (not a test: run only by name): the strategy map of a synthetic plan with about
 * 1,300 nodes opened in headless Chromium, from navigation to the first drawing of the whole diagram, which includes
 * loading the client, the GLSP handshake, the server's build and ELK layout, and the client's rendering.
 */
class DiagramRenderBenchmark {

    @Test
    void firstRenderOfA1300NodeStrategyMap() throws Exception {
        Path dir = Files.createTempDirectory("phaen-bench-diagram");
        Path plan = dir.resolve("synthetic.phaen");
        PlanModel model = new SyntheticPlanGenerator().generate(20, 48);
        PlanFiles.saveAs(model, PlanFiles.newResourceSet(), plan);
        int runs = 5;
        double[] millis = new double[runs];
        int nodes = 0;
        try (var session = org.phaen.diagram.server.model.PlanSessions.open(plan);
                DiagramServer server = DiagramServer.start();
                Chromium browser = new Chromium()) {
            for (int i = -1; i < runs; i++) { // one warm-up: the JIT and the server's font metrics
                browser.open(server.page("strategy-map", plan));
                browser.waitUntil("window.phaenDiagram && window.phaenDiagram.ready", Duration.ofSeconds(60));
                if (i >= 0) {
                    millis[i] = browser.run("return window.phaenDiagram.renderMillis;")
                            .getAsDouble();
                    nodes = browser.run("return window.phaenDiagram.modelNodeCount;")
                            .getAsInt();
                }
            }
        }
        Arrays.sort(millis);
        System.out.printf(
                "BENCH strategy map in headless Chromium, %,d nodes: navigation to first render (client load, GLSP handshake, "
                        + "server build + ELK layout, drawing) median %.0f ms, min %.0f, max %.0f of %d (target < 1000 ms)%n",
                nodes, millis[runs / 2], millis[0], millis[runs - 1], runs);
    }
}
