/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.exchange.alignment.AlignmentCandidates;
import org.phaen.exchange.alignment.AlignmentChanges;
import org.phaen.exchange.alignment.AlignmentSheetReader;
import org.phaen.model.PlanModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen align PLAN... --sheet S.xlsx}: an edited alignment sheet back into the last plan named, all or nothing. */
@Command(
        name = "align",
        description =
                "Read an edited alignment sheet into the last plan named and save it (all or nothing; problems listed by row).")
final class AlignCommand implements Callable<Integer> {

    @Option(
            names = "--sheet",
            required = true,
            paramLabel = "XLSX",
            description = "The sheet 'phaen export --alignment-sheet' wrote, edited.")
    Path sheet;

    @Mixin
    EditedPlan edited;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PlanModel plan = edited.load(sheet);
        AlignmentSheetReader.Result result;
        try {
            result = new AlignmentSheetReader(new AlignmentCandidates(plan)).read(sheet, plan);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e); // not an alignment sheet, or a zip bomb
        }
        if (!result.problems().isEmpty()) {
            out.printf("rejected %s, nothing changed:%n", sheet);
            result.problems().forEach(p -> out.printf("  %s%n", p));
            return 1;
        }
        AlignmentChanges.Counts counts = AlignmentChanges.apply(result.wanted());
        out.printf(
                "%s: %d alignments added, %d removed, %d with a new rationale%n",
                sheet, counts.added(), counts.removed(), counts.changed());
        if (counts.any()) {
            edited.save(plan, out);
        }
        return 0;
    }
}
