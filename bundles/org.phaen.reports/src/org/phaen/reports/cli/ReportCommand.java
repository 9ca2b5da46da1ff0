/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.Days;
import org.phaen.cli.spi.MonitoredYear;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.privacy.PersonalDataMatcher;
import org.phaen.monitoring.cli.StoreOptions;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.reports.batch.ReportBatch;
import org.phaen.reports.store.StoreFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen report}: the progress dashboard and the action-plan summaries from the monitoring store. */
@Command(
        name = "report",
        description =
                "Write the progress dashboard and the action-plan summary reports of a fiscal year from the monitoring store.")
final class ReportCommand implements Callable<Integer> {

    enum Kind {
        dashboard,
        summary
    }

    enum Format {
        html,
        docx,
        xlsx
    }

    @Mixin
    MonitoredYear year;

    @Mixin
    ReportPeriod period;

    @Option(names = "--kinds", split = ",", description = "dashboard, summary (default: both).")
    Set<Kind> kinds = EnumSet.allOf(Kind.class);

    @Option(names = "--formats", split = ",", description = "html, docx, xlsx (default: all three).")
    Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the reports (created if missing).")
    Path out;

    @Option(
            names = "--public",
            description = "Redact the personal data of people who have not consented (for reports posted publicly).")
    boolean forPublic;

    @Mixin
    StoreOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        MonitoringPlan monitoring = year.load();
        Days.warnFuture(
                period.asOf,
                "--as-of",
                "the default period and overdue deliveries are judged as of that day",
                spec.commandLine().getErr());
        ReportingPeriod chosen = period.of(monitoring);
        Set<ReportBatch.Kind> batchKinds = EnumSet.noneOf(ReportBatch.Kind.class);
        kinds.forEach(k -> batchKinds.add(ReportBatch.Kind.valueOf(k.name().toUpperCase())));
        Set<ReportBatch.Format> batchFormats = EnumSet.noneOf(ReportBatch.Format.class);
        formats.forEach(
                f -> batchFormats.add(ReportBatch.Format.valueOf(f.name().toUpperCase())));
        List<Path> written = new ArrayList<>();
        PersonalDataMatcher personal = PersonalDataMatcher.loadedWith(monitoring, LocalDate.now());
        try (MonitoringStore store = where.open(year.planFiles)) {
            for (ReportBatch.Job job :
                    ReportBatch.jobs(monitoring, chosen, period.asOf, new StoreFacts(store), batchKinds)) {
                written.addAll(
                        ReportBatch.write(forPublic ? ReportBatch.redacted(job, personal) : job, batchFormats, out));
            }
        }
        written.forEach(console::println);
        console.printf(
                "%d reports for %s in %s%n",
                written.size(), chosen == null ? "fiscal year " + year.fiscalYear : chosen.getName(), out);
        return 0;
    }
}
