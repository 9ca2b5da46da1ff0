/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.cli.spi.Timer;
import org.phaen.exchange.workbook.PlanWorkbookReader;
import org.phaen.exchange.workbook.PlanWorkbookWriter;
import org.phaen.exchange.workbook.WorkbookImport;
import org.phaen.exchange.workbook.WorkbookScope;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.sample.SyntheticPlanGenerator;
import org.phaen.model.trace.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen bench workbook}: the plan workbook of a synthetic ~100,000-object plan written, then read back unedited. */
@Command(
        name = "workbook",
        description =
                "Export a synthetic ~100,000-object plan as a plan workbook and import it back unedited; median times.")
final class BenchWorkbookCommand implements Callable<Integer> {

    @Option(names = "--provinces", defaultValue = "77")
    int provinces;

    @Option(names = "--projects-per-province", defaultValue = "100")
    int projects;

    @Option(names = "--runs", defaultValue = "3")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PlanModel plan = new SyntheticPlanGenerator().generate(provinces, projects);
        Resource resource = PlanFiles.newResourceSet().createResource(URI.createURI("memory:/synthetic.phaen"));
        resource.getContents().add(plan);
        Path xlsx = Files.createTempFile("phaen-bench-", ".xlsx");
        try {
            LocalDate today = LocalDate.now();
            int[] rows = new int[1];
            Timer export = new Timer(0, runs);
            double[] exportCpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                int run = i;
                export.time(() -> exportCpu[run] = cpuSeconds(
                        () -> rows[0] = new PlanWorkbookWriter(today).write(plan, WorkbookScope.PLAN, xlsx)));
            }
            out.printf(
                    "plan: %,d objects; workbook: %,d rows, %,d KB%n",
                    new PlanSummary(plan).totalObjects(), rows[0], Files.size(xlsx) / 1024);
            out.printf(
                    "export (median of %d): %8.2f s  (%.2f s CPU of the exporting thread; target < 15 s)%n",
                    runs, export.median() / 1000, median(exportCpu));
            WorkbookImport[] result = new WorkbookImport[1];
            Timer read = new Timer(0, runs);
            double[] readCpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                int run = i;
                read.time(() ->
                        readCpu[run] = cpuSeconds(() -> result[0] = new PlanWorkbookReader(today).read(xlsx, plan)));
            }
            out.printf(
                    "import, unedited (median of %d): %8.2f s  (%.2f s CPU of the importing thread; %d changes, %d problems; target < 15 s)%n",
                    runs,
                    read.median() / 1000,
                    median(readCpu),
                    result[0].edits().size(),
                    result[0].problems().size());
            return result[0].accepted() && result[0].edits().isEmpty() ? 0 : 1;
        } finally {
            Files.deleteIfExists(xlsx);
        }
    }

    /** The CPU time the current thread spends on the action (on a loaded machine, wall time says little). */
    private static double cpuSeconds(Timer.Action action) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        action.run();
        return (threads.getCurrentThreadCpuTime() - before) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1
                ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
