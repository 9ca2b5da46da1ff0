/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
 * {@code ./phaen bench diagram} (not a test: run only by name): the strategy maps of synthetic plans of about 1,300
 * and about 10,000 nodes opened in headless Chromium, from navigation to the first drawing, which includes loading the
 * client, the GLSP handshake, the server's build and ELK layout, and the client's rendering of what is in view. A
 * screenshot of the large map's first drawing is left in target/screenshots.
 */
class DiagramRenderBenchmark {

    @Test
    void firstRenderOfStrategyMaps() throws Exception {
        measure(20, 48, 5, 1000);
        measure(125, 64, 3, 3000);
    }

    private static void measure(int provinces, int projectsPerProvince, int runs, int targetMillis) throws Exception {
        Path dir = Files.createTempDirectory("phaen-bench-diagram");
        Path plan = dir.resolve("synthetic.phaen");
        PlanModel model = new SyntheticPlanGenerator().generate(provinces, projectsPerProvince);
        PlanFiles.saveAs(model, PlanFiles.newResourceSet(), plan);
        double[] millis = new double[runs];
        int nodes = 0, drawn = 0;
        try (var session = org.phaen.diagram.server.model.PlanSessions.open(plan);
                DiagramServer server = DiagramServer.start();
                Chromium browser = new Chromium()) {
            for (int i = -1; i < runs; i++) { // one warm-up: the JIT and the server's font metrics
                browser.open(server.page("strategy-map", plan));
                browser.waitUntil("window.phaenDiagram && window.phaenDiagram.ready", Duration.ofSeconds(120));
                if (i >= 0) {
                    millis[i] = browser.run("return window.phaenDiagram.renderMillis;")
                            .getAsDouble();
                    nodes = browser.run("return window.phaenDiagram.modelNodeCount;")
                            .getAsInt();
                    drawn = browser.run("return window.phaenDiagram.nodeCount;").getAsInt();
                }
            }
            browser.screenshot(Path.of("target/screenshots/bench-strategy-map-" + nodes + ".png"));
        }
        Arrays.sort(millis);
        System.out.printf(
                "BENCH strategy map in headless Chromium, %,d nodes (%,d drawn in the first view): navigation to first "
                        + "render (client load, GLSP handshake, server build + ELK layout, drawing) median %.0f ms, "
                        + "min %.0f, max %.0f of %d (target < %d ms); load average %s%n",
                nodes,
                drawn,
                millis[runs / 2],
                millis[0],
                millis[runs - 1],
                runs,
                targetMillis,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
}
