/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Days;
import org.phaen.cli.spi.MonitoredYear;
import org.phaen.model.MonitoringPlan;
import org.phaen.monitoring.cli.collected.SampleCollectedData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen generate-collected}: example filled workbooks, an ODK export and a delivery log for a plan's instruments. */
@Command(
        name = "generate-collected",
        description =
                "Write example collected data (filled KPI and progress workbooks, an ODK CSV export, a delivery log) "
                        + "for the instruments saved in a plan: training and demo data, the same on every run.")
final class GenerateCollectedCommand implements Callable<Integer> {

    @Mixin
    MonitoredYear year;

    @Option(
            names = "--until",
            required = true,
            description = "Fill the running periods (from 1 October) that ended by this day, e.g. 2019-06-30.")
    LocalDate until;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the files (created if missing).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        Days.refuseFuture(until, "--until", "example data is made only for periods that have ended");
        MonitoringPlan monitoring = year.load();
        try {
            List<Path> written = new SampleCollectedData(monitoring, until).write(out);
            written.forEach(console::println);
            console.printf("%d files of example collected data in %s%n", written.size(), out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        return 0;
    }
}
