package org.phaen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.reports.publish.PersonalData;
import org.phaen.reports.publish.TransparencyPack;
import org.phaen.reports.store.StoreFacts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phaen publish}: the public transparency pack (a static site without personal data) of each action plan. */
@Command(name = "publish", description = "Write the public transparency pack of the fiscal year's action plans: a static HTML site without personal data.")
final class PublishCommand implements Callable<Integer> {

    @Mixin
    MonitoredYear year;

    @Mixin
    ReportPeriod period;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the site; one sub-folder per action plan when there are several.")
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
        List<ActionPlan> actionPlans = monitoring.getActionPlans();
        int leaks = 0;
        try (MonitoringStore store = where.open(year.planFiles)) {
            for (ActionPlan plan : actionPlans) {
                Path folder = actionPlans.size() == 1 ? out : out.resolve(org.phaen.instruments.OutputFiles.safeName(plan.getCode()));
                List<Path> written = TransparencyPack.write(plan, chosen, new StoreFacts(store), period.asOf, folder);
                List<String> found = leaks(written, PersonalData.of(plan));
                found.forEach(f -> console.println("personal data left in " + f));
                leaks += found.size();
                console.printf("%s: %d files, open %s%n", plan.getCode(), written.size(), folder.resolve("index.html"));
            }
        }
        if (leaks > 0) {
            console.println("do not publish: the pack above holds personal data");
            return 1;
        }
        return 0;
    }

    /** A last look before anything goes public: no person's name or contact in any text file written. */
    static List<String> leaks(List<Path> files, PersonalData personal) throws java.io.IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html") || name.endsWith(".svg") || name.endsWith(".css")) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                personal.strings().stream().filter(text::contains).forEach(s -> found.add(file + ": " + s));
            }
        }
        return found;
    }
}
