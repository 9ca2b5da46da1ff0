/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.phaen.network.internal.bench.ExchangeBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen bench exchange}: synthetic provinces' packages received into one store, then the regional report. */
@Command(
        name = "exchange",
        description =
                "Receive the 9-month packages of synthetic provinces (default 77) into one new embedded store and write the "
                        + "regional report; prints the time of each part (target: receiving and the report under 60 s).")
final class BenchExchangeCommand implements Callable<Integer> {

    @Option(names = "--provinces", defaultValue = "77", description = "Synthetic provinces (default ${DEFAULT-VALUE}).")
    int provinces;

    @Option(
            names = "--region",
            defaultValue = "models/region17-2562.phaen",
            paramLabel = "PLAN",
            description = "The regional plan (default ${DEFAULT-VALUE}).")
    Path region;

    @Option(
            names = "--keep",
            paramLabel = "DIR",
            description = "Work in this folder and keep it (default: a temporary folder, deleted).")
    Path keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path regionPlan = region.isAbsolute() || Files.exists(region)
                ? region
                : Path.of(System.getProperty("phaen.home", ".")).resolve(region);
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("phaen-bench-exchange");
        try {
            out.printf("preparing %d synthetic provinces' packages in %s%n", provinces, dir);
            out.flush();
            ExchangeBenchmark.Result r = ExchangeBenchmark.run(regionPlan, dir, provinces);
            out.printf("prepared (not timed): %.1f s%n", r.prepare().toMillis() / 1000.0);
            out.printf(
                    "received %d packages (%,d rows) into one embedded store: %.1f s (CPU %.1f s)%n",
                    r.provinces(),
                    r.rows(),
                    r.receive().toMillis() / 1000.0,
                    r.receiveCpu().toMillis() / 1000.0);
            out.printf(
                    "regional report of %d provinces (HTML, DOCX, XLSX): %.1f s (CPU %.1f s)%n",
                    r.provinces(), r.report().toMillis() / 1000.0, r.reportCpu().toMillis() / 1000.0);
            double total = (r.receive().toMillis() + r.report().toMillis()) / 1000.0;
            out.printf("receive + report: %.1f s (target: under 60 s) %s%n", total, total < 60 ? "ok" : "OVER");
            return 0;
        } finally {
            if (keep == null) {
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }
}
