/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.phaen.cli.spi.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phaen demo}: the whole headless pipeline on the sample plans, by running the same commands a user would:
 * validate, generate the instruments, import the sample collected data into a new embedded store, write the
 * reports, the public site and the plan books (the regional strategic plan, the provincial action plan); then each province
 * packs its 9-month round and the region receives the five packages and writes its consolidated report.
 */
@Command(
        name = "demo",
        description =
                "Run the whole pipeline on the sample plans into a folder: validate, instruments, import into embedded Derby, reports, public site, plan books, "
                        + "the provinces' packages received by the region and its consolidated report.")
final class DemoCommand implements Callable<Integer> {

    private static final String REGION = "region17-2562.phaen", PROVINCE = "phitsanulok-2562.phaen";

    /** The formats of the plan books the demo writes. */
    private static final String BOOK_FORMATS = "docx,pdf,html";

    @Option(
            names = "--models",
            description = "Folder of the sample plans and models/collected (default: the Phaen checkout's models).")
    Path models = Path.of(System.getProperty("phaen.home", "."), "models");

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Folder for everything the demo writes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (!Files.isRegularFile(models.resolve(PROVINCE))) {
            throw new BadInputException(
                    models.resolve(PROVINCE) + " not found; run from the Phaen checkout or give --models", null);
        }
        Path plans = out.resolve("plans"), store = out.resolve("store");
        Files.createDirectories(plans);
        List<String> validate =
                new ArrayList<>(List.of("validate", plans.resolve(REGION).toString()));
        Files.copy(models.resolve(REGION), plans.resolve(REGION), StandardCopyOption.REPLACE_EXISTING);
        for (String other : DemoRegion.PROVINCES) {
            String plan = other + "-2562.phaen";
            validate.add(Files.copy(models.resolve(plan), plans.resolve(plan), StandardCopyOption.REPLACE_EXISTING)
                    .toString());
        }
        deleteTree(store); // a new store each run, so the figures are the samples' alone
        String region = plans.resolve(REGION).toString(),
                province = plans.resolve(PROVINCE).toString();
        List<String> collected = new ArrayList<>();
        try (Stream<Path> files = Files.list(models.resolve("collected").resolve("phitsanulok-2562"))) {
            files.filter(f -> f.toString().endsWith(".xlsx") || f.toString().endsWith(".csv"))
                    .sorted()
                    .forEach(f -> collected.add(f.toString()));
        }
        List<String> importArgs =
                new ArrayList<>(List.of("import", "--plan", region, "--plan", province, "--store", store.toString()));
        importArgs.addAll(collected);
        String[] fy = {"--fy", "2562"}, asOf = {"--as-of", "2019-07-31"};
        int code = step(
                console,
                "1/9 validate the sample plans of the region and its five provinces",
                validate.toArray(String[]::new));
        code = code != 0
                ? code
                : step(
                        console,
                        "2/9 generate the FY 2562 instruments",
                        "instruments",
                        province,
                        fy[0],
                        fy[1],
                        "--formats",
                        "all",
                        "--out",
                        out.resolve("instruments").toString());
        code = code != 0
                ? code
                : step(
                        console,
                        "3/9 import the sample collected data into embedded Derby",
                        importArgs.toArray(String[]::new));
        code = code != 0
                ? code
                : step(
                        console,
                        "4/9 progress dashboard and summary reports as of 31 July 2019",
                        "report",
                        "--plan",
                        region,
                        "--plan",
                        province,
                        fy[0],
                        fy[1],
                        asOf[0],
                        asOf[1],
                        "--store",
                        store.toString(),
                        "--out",
                        out.resolve("reports").toString());
        code = code != 0
                ? code
                : step(
                        console,
                        "5/9 public transparency pack",
                        "publish",
                        "--plan",
                        region,
                        "--plan",
                        province,
                        fy[0],
                        fy[1],
                        asOf[0],
                        asOf[1],
                        "--store",
                        store.toString(),
                        "--out",
                        out.resolve("public").toString());
        String books = out.resolve("book").toString();
        code = code != 0
                ? code
                : step(
                        console,
                        "6/9 the regional strategic plan as a book",
                        "book",
                        region,
                        province,
                        "--kind",
                        "strategic",
                        "--formats",
                        BOOK_FORMATS,
                        "--out",
                        books);
        code = code != 0
                ? code
                : step(
                        console,
                        "7/9 the provincial FY 2562 action plan as a book",
                        "book",
                        region,
                        province,
                        "--kind",
                        "action-plan",
                        fy[0],
                        fy[1],
                        "--formats",
                        BOOK_FORMATS,
                        "--out",
                        books);
        code = code != 0 ? code : DemoRegion.run((title, args) -> step(console, title, args), models, out, store);
        if (code != 0) {
            console.println("demo stopped: the step above failed");
            return code;
        }
        console.printf(
                "%ndone. In %s:%n  plans/        the sample plans (validated)%n  instruments/  forms in HTML, DOCX, PDF, XLSX, XLSForm, XForm%n"
                        + "  store/        the embedded Derby monitoring store%n  reports/      dashboard and summary (HTML, DOCX, XLSX)%n"
                        + "  public/       the public site: open %s%n  book/         the plan books: %s, %s%n"
                        + "  provinces/    the five provinces' packages for the region%n"
                        + "  region/       the regional store, the plans received and the consolidated report (region/report)%n",
                out.toAbsolutePath(),
                out.resolve("public").resolve("index.html").toAbsolutePath(),
                out.resolve("book").resolve("R17-SP.docx").toAbsolutePath(),
                out.resolve("book").resolve("PLK-AP2562.docx").toAbsolutePath());
        return 0;
    }

    private int step(PrintWriter console, String title, String... args) {
        console.printf("%n== %s%n$ phaen %s%n", title, String.join(" ", args));
        console.flush();
        return PhaenCli.run(console, spec.commandLine().getErr(), args);
    }

    static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
