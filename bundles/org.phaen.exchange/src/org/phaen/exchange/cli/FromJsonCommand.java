/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.exchange.json.PlanJson;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen from-json IN.json --out PLAN.phaen}: a JSON plan (as 'phaen export --json' writes) back into a plan file. */
@Command(
        name = "from-json",
        description = "Turn a JSON plan (as 'phaen export --json' writes it) into a plan file, saved safely.")
final class FromJsonCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "JSON", description = "The JSON plan.")
    Path json;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "PLAN",
            description = "The plan file to write (.phaen).")
    Path out;

    @Option(
            names = "--force",
            description = "Replace the plan file if it exists (its previous content is kept as a .bak).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!out.getFileName().toString().endsWith(".phaen")) {
            throw new BadInputException(out + ": a plan file's name ends in .phaen", null);
        }
        if (Files.exists(out) && !force) {
            throw new BadInputException(out + " exists; add --force to replace it", null);
        }
        try {
            PlanJson.convert(json, out, PlanFiles.newResourceSet());
        } catch (PlanLoadException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        PrintWriter writer = spec.commandLine().getOut();
        writer.printf("wrote %s%n", out);
        return 0;
    }
}
