/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.phaen.diagram.internal.bench.DiagramBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code phaen bench diagram}: strategy-map build, ELK layout and SVG for about 1,300 and 10,000 nodes. */
@Command(
        name = "diagram",
        description =
                "Strategy map of a synthetic plan: build + layout + SVG for ~1,300 nodes, layout for ~10,000 nodes.")
final class BenchDiagramCommand implements Callable<Integer> {

    @Option(names = "--large-runs", defaultValue = "3", description = "Timed layouts of the 10,000-node map (median).")
    int largeRuns;

    @Override
    public Integer call() {
        // Label sizes are measured with Java2D fonts; no display is needed or wanted.
        System.setProperty("java.awt.headless", "true");
        DiagramBenchmark.run(new PrintStream(System.out, true, StandardCharsets.UTF_8), Math.max(1, largeRuns));
        return 0;
    }
}
