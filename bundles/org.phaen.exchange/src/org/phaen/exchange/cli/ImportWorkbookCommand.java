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
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.exchange.workbook.PlanWorkbookReader;
import org.phaen.exchange.workbook.WorkbookImport;
import org.phaen.model.PlanModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen import-workbook PLAN... --workbook IN.xlsx [--dry-run]}: an edited plan workbook into the last plan named, all or nothing. */
@Command(
        name = "import-workbook",
        description =
                "Read an edited plan workbook into the last plan named and save it safely: rows with a UUID update, rows without one create, rows marked in the delete column remove (all or nothing; problems listed by sheet, row and column).")
final class ImportWorkbookCommand implements Callable<Integer> {

    @Option(
            names = "--workbook",
            required = true,
            paramLabel = "XLSX",
            description = "The workbook 'phaen export --workbook' wrote, edited.")
    Path workbook;

    @Mixin
    EditedPlan edited;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PlanModel plan = edited.load(workbook);
        WorkbookImport result;
        try {
            result = new PlanWorkbookReader(LocalDate.now()).read(workbook, plan);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e); // not a workbook, or a zip bomb
        }
        if (!result.accepted()) {
            out.printf(
                    "rejected %s, nothing changed (%d problems):%n",
                    workbook, result.problems().size());
            result.problems().forEach(p -> out.printf("  %s%n", p));
            return 1;
        }
        if (edited.dryRun) {
            result.edits().forEach(e -> out.printf("  %s%n", e));
        }
        out.printf(
                "%s: %d changes (%d new elements, %d deleted)%n",
                workbook, result.edits().size(), result.created(), result.deleted());
        if (!result.edits().isEmpty() && !edited.dryRun) {
            result.apply();
            edited.save(plan, out);
        }
        return 0;
    }
}
