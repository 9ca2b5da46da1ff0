/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.phaen.monitoring.internal.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code phaen bench store}: 1,000,000 measurements into embedded Derby, then the dashboard query. */
@Command(
        name = "store",
        description = "Import 1,000,000 indicator measurements into a fresh embedded store; time the dashboard query.")
final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--query-runs", defaultValue = "21", description = "Timed runs of the dashboard query (median).")
    int queryRuns;

    @Option(
            names = "--files",
            defaultValue = "100",
            description = "Files of 10,000 measurements imported (100: the million rows; fewer for repeated runs).")
    int files;

    @Override
    public Integer call() throws Exception {
        StoreBenchmark.run(
                new PrintStream(System.out, true, StandardCharsets.UTF_8),
                Math.max(1, queryRuns),
                Math.max(1, Math.min(100, files)));
        return 0;
    }
}
