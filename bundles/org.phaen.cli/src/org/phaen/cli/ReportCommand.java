package org.phaen.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.phaen.instruments.OutputFiles;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.reports.dashboard.DashboardReport;
import org.phaen.reports.dashboard.ProgressDashboard;
import org.phaen.reports.document.Report;
import org.phaen.reports.docx.DocxWriter;
import org.phaen.reports.html.HtmlWriter;
import org.phaen.reports.store.StoreFacts;
import org.phaen.reports.summary.ActionPlanSummary;
import org.phaen.reports.summary.SummaryReport;
import org.phaen.reports.xlsx.XlsxWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phaen report}: the progress dashboard and the action-plan summaries from the monitoring store. */
@Command(name = "report", description = "Write the progress dashboard and the action-plan summary reports of a fiscal year from the monitoring store.")
final class ReportCommand implements Callable<Integer> {

    enum Kind { dashboard, summary }

    enum Format { html, docx, xlsx }

    @Mixin
    MonitoredYear year;

    @Mixin
    ReportPeriod period;

    @Option(names = "--kinds", split = ",", description = "dashboard, summary (default: both).")
    Set<Kind> kinds = EnumSet.allOf(Kind.class);

    @Option(names = "--formats", split = ",", description = "html, docx, xlsx (default: all three).")
    Set<Format> formats = EnumSet.allOf(Format.class);

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the reports (created if missing).")
    Path out;

    @Mixin
    StoreOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        MonitoringPlan monitoring = year.load();
        ReportingPeriod chosen = period.of(monitoring);
        Files.createDirectories(out);
        List<Path> written = new ArrayList<>();
        try (MonitoringStore store = where.open(year.planFiles)) {
            StoreFacts facts = new StoreFacts(store);
            String suffix = ReportPeriod.label(chosen);
            if (kinds.contains(Kind.dashboard)) {
                Report report = DashboardReport.of(ProgressDashboard.of(monitoring, chosen, facts));
                written.addAll(write(report, "dashboard-" + monitoring.getCode() + "-" + suffix));
            }
            if (kinds.contains(Kind.summary)) {
                for (ActionPlan actionPlan : monitoring.getActionPlans()) {
                    Report report = SummaryReport.of(ActionPlanSummary.of(actionPlan, chosen, facts, period.asOf));
                    written.addAll(write(report, "summary-" + actionPlan.getCode() + "-" + suffix));
                }
            }
        }
        written.forEach(console::println);
        console.printf("%d reports for %s in %s%n", written.size(), chosen == null ? "fiscal year " + year.fiscalYear : chosen.getName(), out);
        return 0;
    }

    private List<Path> write(Report report, String name) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Format format : formats) {
            Path file = OutputFiles.inside(out, name, format.name());
            if (format == Format.html) {
                Files.writeString(file, HtmlWriter.selfContained().write(report));
            } else {
                try (OutputStream stream = Files.newOutputStream(file)) {
                    if (format == Format.docx) {
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
}
