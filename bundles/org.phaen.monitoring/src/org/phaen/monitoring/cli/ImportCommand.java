/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.InputFiles;
import org.phaen.cli.spi.Loading;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.monitoring.imports.CollectedFiles;
import org.phaen.monitoring.imports.DeliveryLog;
import org.phaen.monitoring.imports.ImportException;
import org.phaen.monitoring.imports.RowsRejected;
import org.phaen.monitoring.store.ImportResult;
import org.phaen.monitoring.store.KnownElements;
import org.phaen.monitoring.store.MonitoringStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phaen import --plan PLAN FILE...}: filled data-entry workbooks and ODK/Kobo CSV exports into the monitoring store, each file all or
 * nothing. The default store is embedded Derby in a folder next to the (last) plan: {@code PLAN.store}.
 */
@Command(
        name = "import",
        description =
                "Import filled data-entry workbooks, ODK/Kobo CSV exports and delivery logs into the monitoring store (each file all or nothing).")
final class ImportCommand implements Callable<Integer> {

    @Option(
            names = "--plan",
            required = true,
            description = "Plan file(s) the instruments were generated from; load related plans together.")
    List<Path> planFiles;

    @Mixin
    StoreOptions where;

    @Option(
            names = "--max-mb",
            defaultValue = "50",
            description = "Refuse files larger than this (default ${DEFAULT-VALUE} MB).")
    long maxMb;

    @Option(
            names = "--instrument",
            description =
                    "Code of the instrument a CSV export belongs to (default: the one whose questions match its columns).")
    String instrument;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description =
                    "Filled .xlsx workbooks, ODK Central/KoboToolbox .csv exports, or delivery logs (.csv with columns report,delivered,sent_to).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ResourceSet set = PlanFiles.newResourceSet();
        List<PlanModel> plans = Loading.loadAll(set, planFiles);
        InputFiles.require(files);
        KnownElements known = KnownElements.of(plans.get(plans.size() - 1));
        int failed = 0;
        long max = maxMb * 1024 * 1024;
        try (MonitoringStore store = where.open(planFiles)) {
            for (Path file : files) {
                try {
                    boolean csv = file.getFileName().toString().toLowerCase().endsWith(".csv");
                    if (csv && DeliveryLog.isDeliveryLog(file, max)) {
                        List<ReportDelivery> log = DeliveryLog.read(file, set, max);
                        store.records().deliveries(log);
                        out.printf("recorded %s: %d report deliveries%n", file, log.size());
                        continue;
                    }
                    ImportResult result = store.importBatch(
                            csv
                                    ? CollectedFiles.csv(file, set, max, instrument)
                                    : CollectedFiles.workbook(file, set, max),
                            known);
                    switch (result.outcome()) {
                        case IMPORTED ->
                            out.printf("imported %s: %,d rows (import %d)%n", file, result.rows(), result.importId());
                        case ALREADY_IMPORTED ->
                            out.printf(
                                    "skipped %s: the same file was imported before (import %d)%n",
                                    file, result.importId());
                        case REJECTED -> failed += report(out, file, result.errors());
                    }
                } catch (RowsRejected e) {
                    failed += report(out, file, e.problems());
                } catch (ImportException e) {
                    out.printf("refused %s: %s%n", file, e.getMessage());
                    failed++;
                }
                out.flush();
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static int report(PrintWriter out, Path file, List<String> problems) {
        out.printf("rejected %s, nothing imported:%n", file);
        problems.forEach(p -> out.println("  " + p));
        return 1;
    }
}
