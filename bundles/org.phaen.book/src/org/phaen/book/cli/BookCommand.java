/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaen.book.BookFiles;
import org.phaen.book.BookFormat;
import org.phaen.book.BookKind;
import org.phaen.book.BookOptions;
import org.phaen.book.PlanBooks;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Days;
import org.phaen.cli.spi.Loading;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.model.PlanDocument;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phaen book PLAN... --kind strategic|action-plan [--fy 2562] [--formats docx,pdf,html] --out DIR}: the plan book
 * of the first strategic plan (or the fiscal year's action plan) in the files named, the others loaded beside it so
 * links between them resolve. Progress goes to stderr, the files written to stdout.
 */
@Command(
        name = "book",
        description =
                "Write the plan book: the strategic plan, or a fiscal year's action plan, as a Thai government document (DOCX, PDF, HTML).")
final class BookCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "PLAN",
            description =
                    "Plan files: the book is about the first plan of its kind among them; the others are loaded for the links (action plans, higher plans).")
    List<Path> planFiles;

    @Option(
            names = "--kind",
            defaultValue = "strategic",
            description = "strategic (the multi-year plan) or action-plan (a fiscal year's); default ${DEFAULT-VALUE}.")
    String kind;

    @Option(
            names = "--fy",
            paramLabel = "YEAR",
            description = "The fiscal year (B.E.) of the action plan; without it, the first action plan found.")
    Integer fiscalYear;

    @Option(names = "--code", description = "The code of the plan to write, where the files hold several of the kind.")
    String code;

    @Option(
            names = "--formats",
            split = ",",
            defaultValue = "docx",
            description = "Any of docx, pdf, html (comma-separated); default ${DEFAULT-VALUE}.")
    List<String> formats;

    @Option(
            names = "--template",
            paramLabel = "OFFICE.docx",
            description = "Take styles, page set-up, headers, footers and the cover logo from this Word document.")
    Path template;

    @Option(
            names = "--public",
            description = "The public copy: personal data of people who have not consented is redacted.")
    boolean publicCopy;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = Days.class,
            description = "The day consents are judged on for --public (yyyy-MM-dd); default today.")
    LocalDate asOf;

    @Option(
            names = "--lang",
            defaultValue = "th",
            description =
                    "th or en (English from the English names where the model has them); default ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = "--arabic-digits", description = "Arabic digits instead of the Thai digits Thai books print.")
    boolean arabicDigits;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the book's files (created if missing).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BookOptions options = options();
        List<BookFormat> wanted = BookFormat.parse(formats);
        if (template != null && !Files.isRegularFile(template)) {
            throw new BadInputException("--template " + template + ": no such file", null);
        }
        err.println("[1/3] loading " + planFiles.size() + " plan file(s)");
        List<PlanModel> models = Loading.loadAll(PlanFiles.newResourceSet(), planFiles);
        List<PlanDocument> plans = new ArrayList<>();
        models.forEach(m -> m.getPlans().stream()
                .filter(p -> code == null || code.equals(p.getCode()))
                .forEach(plans::add));
        PlanDocument plan = PlanBooks.choose(plans, options)
                .orElseThrow(() -> new BadInputException(
                        "no " + kind + (fiscalYear == null ? "" : " plan of fiscal year " + fiscalYear)
                                + (code == null ? "" : " with code " + code) + " in the files named",
                        null));
        err.println("[2/3] building the book of " + plan.getCode());
        FlowDocument book = PlanBooks.of(plan, options, asOf == null ? LocalDate.now() : asOf);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new BadInputException("--out " + out + " cannot be written: " + e.getMessage(), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        int n = 0;
        BookFiles files = new BookFiles(book);
        for (BookFormat format : BookFiles.inWritingOrder(wanted)) {
            err.println("[3/3] writing " + format.extension() + " (" + ++n + "/" + wanted.size() + ")");
            Path file = files.write(format, template, out, plan.getCode());
            stdout.println("wrote " + file);
        }
        return 0;
    }

    private BookOptions options() throws BadInputException {
        BookKind bookKind = switch (kind) {
            case "strategic" -> BookKind.STRATEGIC;
            case "action-plan" -> BookKind.ACTION_PLAN;
            default -> throw new BadInputException("--kind " + kind + ": use strategic or action-plan", null);
        };
        if (!lang.equals("th") && !lang.equals("en")) {
            throw new BadInputException("--lang " + lang + ": use th or en", null);
        }
        BookOptions options = new BookOptions(bookKind, fiscalYear, lang.equals("en"), !arabicDigits, publicCopy);
        return options;
    }
}
