/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.phaen.instruments.OutputFiles;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.privacy.PersonalDataMatcher;
import org.phaen.reports.dashboard.DashboardReport;
import org.phaen.reports.dashboard.ProgressDashboard;
import org.phaen.reports.data.MonitoringFacts;
import org.phaen.reports.internal.document.Report;
import org.phaen.reports.internal.docx.DocxWriter;
import org.phaen.reports.internal.html.HtmlWriter;
import org.phaen.reports.internal.xlsx.XlsxWriter;
import org.phaen.reports.summary.ActionPlanSummary;
import org.phaen.reports.summary.SummaryReport;

/**
 * The reports of one reporting period as files: the progress dashboard and one summary per action plan, each in
 * the formats asked for. Split into jobs so a caller can show progress and stop between reports (the command
 * line prints, the workbench shows a progress dialog).
 */
public final class ReportBatch {

    public enum Kind {
        DASHBOARD,
        SUMMARY
    }

    public enum Format {
        HTML,
        DOCX,
        XLSX
    }

    /** One report to build and write under a file name stem (without extension). */
    public record Job(String stem, Supplier<Report> report) {}

    private ReportBatch() {}

    /** The reports of the period (null: the whole fiscal year) from the facts, in order: dashboard, then summaries. */
    public static List<Job> jobs(
            MonitoringPlan monitoring, ReportingPeriod period, LocalDate asOf, MonitoringFacts facts, Set<Kind> kinds) {
        List<Job> jobs = new ArrayList<>();
        String suffix = label(period);
        if (kinds.contains(Kind.DASHBOARD)) {
            jobs.add(new Job(
                    "dashboard-" + monitoring.getCode() + "-" + suffix,
                    () -> DashboardReport.of(ProgressDashboard.of(monitoring, period, facts))));
        }
        if (kinds.contains(Kind.SUMMARY)) {
            for (ActionPlan actionPlan : monitoring.getActionPlans()) {
                jobs.add(new Job(
                        "summary-" + actionPlan.getCode() + "-" + suffix,
                        () -> SummaryReport.of(ActionPlanSummary.of(actionPlan, period, facts, asOf))));
            }
        }
        return jobs;
    }

    /** The same job with every text of its report redacted, for reports an office posts publicly. */
    public static Job redacted(Job job, PersonalDataMatcher personal) {
        return new Job(job.stem(), () -> job.report().get().mapText(personal.redactor()));
    }

    /** Builds the job's report and writes it in each format into the folder; returns the files. */
    public static List<Path> write(Job job, Set<Format> formats, Path folder) throws IOException {
        Files.createDirectories(folder);
        Report report = job.report().get();
        List<Path> files = new ArrayList<>();
        for (Format format : formats) {
            Path file = OutputFiles.inside(folder, job.stem(), format.name().toLowerCase());
            if (format == Format.HTML) {
                Files.writeString(file, HtmlWriter.selfContained().write(report));
            } else {
                try (OutputStream stream = Files.newOutputStream(file)) {
                    if (format == Format.DOCX) {
                        DocxWriter.write(report, stream);
                    } else {
                        XlsxWriter.write(report, stream);
                    }
                }
            }
            files.add(file);
        }
        return files;
    }

    /**
     * The period that ended last by the day, as offices report: of periods ending the same day, the longest (the
     * 9-month round rather than Q3).
     */
    public static Optional<ReportingPeriod> lastEnded(MonitoringPlan plan, LocalDate asOf) {
        return plan.getReportingPeriods().stream()
                .filter(p -> p.getEndDate() != null && !p.getEndDate().isAfter(asOf))
                .max(Comparator.comparing(ReportingPeriod::getEndDate).thenComparing(ReportingPeriod::getMonths));
    }

    /** The period's code in file names; "year" for the whole fiscal year. */
    public static String label(ReportingPeriod period) {
        return period == null ? "year" : period.getCode();
    }
}
