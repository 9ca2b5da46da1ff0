/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Loading;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.cli.StoreOptions;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.network.packages.PackageBuilder;
import org.phaen.network.packages.PackageFiles;
import org.phaen.network.packages.PackageScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen package PLAN... --fy 2562 --out FILE.phaenpkg}: an office's verifiable package for the region. */
@Command(
        name = "package",
        description =
                "Pack an office's plans, instruments and the store's rows of a period into a verifiable package "
                        + "(.phaenpkg: a zip with a manifest of SHA-256 hashes) for the regional office. The last plan is the office's own; name the plans it links to first.")
final class PackageCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "PLAN",
            description = "Plan files: the ones the office's plan links to (the regional plan), then the office's own.")
    List<Path> planFiles;

    @Option(names = "--fy", required = true, description = "Fiscal year in B.E., e.g. 2562.")
    int fiscalYear;

    @Option(
            names = "--period",
            paramLabel = "CODE",
            description = "Reporting period, e.g. 2562-C9: rows of the periods inside it (default: the whole year).")
    String period;

    @Mixin
    StoreOptions where;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package to write (*.phaenpkg).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (!out.getFileName().toString().endsWith(".phaenpkg")) {
            throw new BadInputException(out + ": packages end in .phaenpkg", null);
        }
        ResourceSet set = PlanFiles.newResourceSet();
        List<PlanModel> plans = Loading.loadAll(set, planFiles);
        PackageScope scope;
        try {
            scope = PackageScope.of(plans.get(plans.size() - 1), fiscalYear, period);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Map<String, byte[]> entries;
        try (MonitoringStore store = where.openIfPresent(planFiles)) {
            if (store == null) {
                console.println(
                        "warning: no monitoring store beside the plan; the package carries plans and instruments only");
            }
            entries = new PackageBuilder(scope).entries(planFiles, plans, store, Instant.now());
        }
        PackageFiles.write(entries, out);
        console.printf(
                "wrote %s: %s, fiscal year %d, period %s, %d entries%n",
                out, scope.office().getCode(), fiscalYear, scope.periodLabel(), entries.size());
        return 0;
    }
}
