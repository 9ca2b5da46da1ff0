/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Loading;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.cli.StoreOptions;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.network.packages.PackageScope;
import org.phaen.network.region.RegionalPlans;
import org.phaen.network.region.RegionalReport;
import org.phaen.network.region.RegionalTexts;
import org.phaen.reports.batch.ReportBatch;
import org.phaen.reports.store.StoreFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen region-report}: the region's consolidated view of the provinces' plans and the packages received. */
@Command(
        name = "region-report",
        description =
                "Write the region's consolidated report from the regional plan, the provinces' plans and the packages "
                        + "received into the store: strategies and projects aligned to each regional strategy, each province's contribution to each regional "
                        + "indicator, a province by indicator status table, and the provinces whose package has not arrived (HTML, DOCX, XLSX).")
final class RegionReportCommand implements Callable<Integer> {

    @Option(
            names = "--plan",
            required = true,
            description = "The regional plan and the provinces' plan files (received with phaen receive --into).")
    List<Path> planFiles;

    @Option(names = "--fy", required = true, description = "Fiscal year in B.E., e.g. 2562.")
    int fiscalYear;

    @Option(
            names = "--period",
            paramLabel = "CODE",
            description = "Reporting period code, e.g. 2562-C9 (default: the whole year).")
    String period;

    @Mixin
    StoreOptions where;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the report (created if missing).")
    Path out;

    @Option(names = "--lang", defaultValue = "th", description = "th or en (default ${DEFAULT-VALUE}).")
    String language;

    @Option(names = "--formats", split = ",", description = "HTML, DOCX, XLSX (default: all three).")
    Set<ReportBatch.Format> formats = EnumSet.allOf(ReportBatch.Format.class);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (!language.equals("th") && !language.equals("en")) {
            throw new BadInputException("--lang must be th or en, not '" + language + "'", null);
        }
        ResourceSet set = PlanFiles.newResourceSet();
        Loading.loadAll(set, planFiles);
        RegionalPlans plans;
        try {
            plans = RegionalPlans.of(set, fiscalYear, period);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        String label = period == null ? PackageScope.YEAR : period;
        List<Path> written;
        try (MonitoringStore store = where.open(planFiles)) {
            Set<String> arrived = store.rows().receipts().stream()
                    .filter(r -> r.fiscalYear() == fiscalYear
                            && (r.period().equals(label) || r.period().equals(PackageScope.YEAR)))
                    .map(r -> r.office())
                    .collect(Collectors.toSet());
            RegionalReport report =
                    new RegionalReport(plans, fiscalYear, new StoreFacts(store), RegionalTexts.of(language));
            String periodName = periodName(plans, label);
            var built = report.build(arrived, periodName);
            written = ReportBatch.write(
                    new ReportBatch.Job(
                            "region-" + plans.region().getCode() + "-" + fiscalYear + "-" + label, () -> built),
                    formats,
                    out);
        }
        written.forEach(console::println);
        console.printf(
                "regional report of %d provinces in %s%n", plans.provinces().size(), out);
        return 0;
    }

    private static String periodName(RegionalPlans plans, String label) {
        if (plans.regionalMonitoring() != null) {
            for (ReportingPeriod p : plans.regionalMonitoring().getReportingPeriods()) {
                if (label.equals(p.getCode())) {
                    return p.getName();
                }
            }
        }
        return label;
    }
}
