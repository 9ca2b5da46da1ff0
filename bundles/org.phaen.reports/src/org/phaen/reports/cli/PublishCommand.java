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
import java.util.List;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Days;
import org.phaen.cli.spi.MonitoredYear;
import org.phaen.model.ActionPlan;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.privacy.PersonalDataMatcher;
import org.phaen.monitoring.cli.StoreOptions;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.reports.publish.StagedSite;
import org.phaen.reports.publish.TransparencyPack;
import org.phaen.reports.store.StoreFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen publish}: the public transparency pack (a static site without personal data) of each action plan. */
@Command(
        name = "publish",
        description =
                "Write the public transparency pack of the fiscal year's action plans: a static HTML site without personal data.")
final class PublishCommand implements Callable<Integer> {

    @Mixin
    MonitoredYear year;

    @Mixin
    ReportPeriod period;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the site; one sub-folder per action plan when there are several.")
    Path out;

    @Mixin
    StoreOptions where;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        MonitoringPlan monitoring = year.load();
        Days.refuseFuture(period.asOf, "--as-of", "the public site would report on a day that has not come");
        List<ActionPlan> actionPlans = monitoring.getActionPlans();
        if (actionPlans.isEmpty()) {
            throw new BadInputException(
                    "nothing to publish: the monitoring plan of fiscal year " + year.fiscalYear
                            + " covers no action plan",
                    null);
        }
        ReportingPeriod chosen = period.of(monitoring);
        PersonalDataMatcher personal =
                PersonalDataMatcher.loadedWith(monitoring, LocalDate.now()); // consents in force now
        List<String> opened = new ArrayList<>();
        try (MonitoringStore store = where.open(year.planFiles);
                StagedSite site = StagedSite.towards(out)) {
            for (ActionPlan plan : actionPlans) {
                Path folder = site.folder(
                        actionPlans.size() == 1 ? "" : org.phaen.instruments.OutputFiles.safeName(plan.getCode()));
                List<Path> written =
                        TransparencyPack.write(plan, chosen, new StoreFacts(store), period.asOf, folder, personal);
                opened.add(String.format(
                        "%s: %d files, open %s",
                        plan.getCode(), written.size(), site.published(folder.resolve("index.html"))));
            }
            List<String> leaks = site.leaks(personal);
            if (!leaks.isEmpty()) {
                leaks.forEach(leak -> console.println("personal data left in " + leak));
                console.println(
                        "do not publish: personal data of people who have not consented is in the pack above; nothing was published to "
                                + out);
                return 1;
            }
            site.publish();
        }
        opened.forEach(console::println);
        return 0;
    }
}
