/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.network.sample.Region17Samples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen generate-provinces}: the four generated provincial sample plans of Region 17 and their collected data. */
@Command(
        name = "generate-provinces",
        description =
                "Write the generated provincial sample plans of Region 17 (Tak, Phetchabun, Sukhothai, Uttaradit) "
                        + "aligned to the regional plan, with their FY 2562 instruments and example collected data (how models/ was made; the same on every run).")
final class GenerateProvincesCommand implements Callable<Integer> {

    @Option(
            names = "--region",
            required = true,
            paramLabel = "PLAN",
            description = "The regional sample plan (models/region17-2562.phaen).")
    Path region;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder beside the regional plan: plans go there, collected data under collected/.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (!region.toAbsolutePath()
                .normalize()
                .getParent()
                .equals(out.toAbsolutePath().normalize())) {
            throw new BadInputException(
                    "--out must be the folder of --region, so the plans' links to it stay relative", null);
        }
        List<Path> written = Region17Samples.write(region, out);
        written.forEach(console::println);
        console.printf("%d files of the provincial samples in %s%n", written.size(), out);
        return 0;
    }
}
