/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.sample.SyntheticPlanGenerator;
import org.phaen.model.trace.PlanSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen generate-sample}: a synthetic national-scale plan for benchmarks and tests. */
@Command(
        name = "generate-sample",
        description = "Write a synthetic national-scale plan (example data) for benchmarks and tests.")
final class GenerateSampleCommand implements Callable<Integer> {

    @Option(names = "--provinces", defaultValue = "77", description = "Number of provinces (default ${DEFAULT-VALUE}).")
    int provinces;

    @Option(
            names = "--projects-per-province",
            defaultValue = "100",
            description = "Projects in each province's action plan (default ${DEFAULT-VALUE}).")
    int projectsPerProvince;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Plan file to write (*.phaen).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (provinces < 1 || projectsPerProvince < 0) {
            throw new BadInputException("--provinces must be at least 1 and --projects-per-province at least 0", null);
        }
        if (!out.getFileName().toString().endsWith(".phaen")) {
            throw new BadInputException(out + ": plan files end in .phaen", null);
        }
        PlanModel model = new SyntheticPlanGenerator().generate(provinces, projectsPerProvince);
        write(model, out);
        spec.commandLine()
                .getOut()
                .printf(
                        "wrote %s: %,d objects, %d provinces, %d projects%n",
                        out, new PlanSummary(model).totalObjects(), provinces, provinces * projectsPerProvince);
        return 0;
    }

    static void write(PlanModel model, Path file) throws Exception {
        PlanFiles.saveAs(model, PlanFiles.newResourceSet(), file);
    }
}
