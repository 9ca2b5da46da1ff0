/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Loading;
import org.phaen.exchange.alignment.AlignmentCandidates;
import org.phaen.exchange.alignment.AlignmentSheetWriter;
import org.phaen.exchange.emenscr.EmenscrSheetWriter;
import org.phaen.exchange.json.PlanJson;
import org.phaen.exchange.workbook.PlanWorkbookWriter;
import org.phaen.exchange.workbook.WorkbookScope;
import org.phaen.model.PlanModel;
import org.phaen.monitoring.cli.StoreOptions;
import org.phaen.monitoring.store.MonitoringStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen export PLAN... --json OUT | --alignment-sheet OUT | --workbook OUT | --emenscr OUT --fy YEAR}: the last plan named, as JSON, an alignment sheet, a plan workbook or the eMENSCR project sheet. */
@Command(
        name = "export",
        description =
                "Write the last plan named as JSON, its alignments as an XLSX sheet (read back with 'phaen align'), the whole plan as a workbook (read back with 'phaen import-workbook'), or a fiscal year's projects as eMENSCR asks for them.")
final class ExportCommand implements Callable<Integer> {

    static final class Target {
        @Option(
                names = "--json",
                paramLabel = "OUT",
                description = "The whole plan as JSON (emfjson-jackson); links to other plan files stay links.")
        Path json;

        @Option(
                names = "--alignment-sheet",
                paramLabel = "OUT",
                description =
                        "One row per alignment of each plan element, with a list of the elements of every plan named to align to.")
        Path sheet;

        @Option(
                names = "--workbook",
                paramLabel = "OUT",
                arity = "0..1",
                fallbackValue = "",
                description =
                        "The whole plan as a workbook to edit in Excel or LibreOffice Calc, a sheet per kind of element (read back with 'phaen import-workbook').")
        Path workbook;

        @Option(
                names = "--emenscr",
                paramLabel = "OUT",
                description =
                        "One row per project of the fiscal year's action plans, the columns of eMENSCR's project form (needs --fy; --store or --url add progress and disbursement by quarter).")
        Path emenscr;
    }

    @Option(names = "--fy", paramLabel = "YEAR", description = "With --emenscr: the fiscal year (B.E.), e.g. 2562.")
    Integer fiscalYear;

    @Mixin
    StoreOptions store;

    @Option(
            names = "--scope",
            paramLabel = "SCOPE",
            defaultValue = "plan",
            description =
                    "With --workbook: 'plan' (default) or 'action-plan:CODE' (that action plan's projects and what they hold).")
    String scope;

    @Option(
            names = "--empty",
            description =
                    "With --workbook: the sheets with no rows, to start a plan in a spreadsheet (no PLAN needed).")
    boolean empty;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Parameters(
            arity = "0..*",
            paramLabel = "PLAN",
            description = "Plan files; the last is exported, the others are there to align to.")
    List<Path> planFiles;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (target.workbook != null) {
            return workbook(out);
        }
        if (target.emenscr != null) {
            return emenscr(out);
        }
        PlanModel plan = Loading.last(plans());
        if (target.json != null) {
            PlanJson.write(plan, target.json);
            out.printf("wrote %s%n", target.json);
        } else {
            int rows = new AlignmentSheetWriter(new AlignmentCandidates(plan)).write(plan, target.sheet);
            out.printf("wrote %s: %d rows%n", target.sheet, rows);
        }
        return 0;
    }

    private int workbook(PrintWriter out) throws Exception {
        PlanWorkbookWriter writer = new PlanWorkbookWriter(LocalDate.now());
        if (target.workbook
                .toString()
                .isEmpty()) { // 'export --workbook --empty OUT.xlsx': the file came as a parameter
            if (!empty || planFiles == null || planFiles.size() != 1) {
                throw new BadInputException("name the workbook to write: --workbook OUT.xlsx", null);
            }
            target.workbook = planFiles.remove(0);
        }
        if (empty) {
            writer.writeEmpty(target.workbook);
            out.printf("wrote %s: the sheets without rows%n", target.workbook);
            return 0;
        }
        WorkbookScope chosen;
        try {
            chosen = WorkbookScope.parse(scope);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        int rows = writer.write(Loading.last(plans()), chosen, target.workbook);
        out.printf("wrote %s: %d rows%n", target.workbook, rows);
        return 0;
    }

    private int emenscr(PrintWriter out) throws Exception {
        if (fiscalYear == null) {
            throw new BadInputException("--emenscr needs the fiscal year: --fy 2562", null);
        }
        PlanModel plan = Loading.last(plans());
        var parsed = spec.commandLine().getParseResult();
        boolean withStore = parsed.hasMatchedOption("--store") || parsed.hasMatchedOption("--url");
        int rows;
        if (withStore) {
            try (MonitoringStore opened = store.open(plans())) {
                rows = new EmenscrSheetWriter(LocalDate.now()).write(plan, fiscalYear, opened.rows(), target.emenscr);
            }
        } else {
            rows = new EmenscrSheetWriter(LocalDate.now()).write(plan, fiscalYear, null, target.emenscr);
        }
        out.printf(
                "wrote %s: %d projects of fiscal year %d%s%n",
                target.emenscr, rows, fiscalYear, withStore ? ", with progress from the store" : "");
        return 0;
    }

    private List<Path> plans() throws BadInputException {
        if (planFiles == null || planFiles.isEmpty()) {
            throw new BadInputException("name the plan file(s) to export", null);
        }
        return planFiles;
    }
}
