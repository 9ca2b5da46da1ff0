/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.phaen.book.BookFiles;
import org.phaen.book.BookFormat;
import org.phaen.book.BookOptions;
import org.phaen.book.PlanBooks;
import org.phaen.cli.spi.Timer;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.model.PlanLevel;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.sample.SyntheticPlanGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phaen bench book}: the strategic plan book of the regional plan of a synthetic plan of about 10,000 objects
 * (its action plans are every province's), built from the model (the annex diagrams laid out and printed) and written
 * as DOCX (the diagrams rasterized at 300 dpi) and as PDF, and as both (the DOCX's contents laid out by the PDF's
 * layout or once more on their own); medians of several runs after a warm-up, with the CPU time
 * of the writing thread beside the wall time (the machine may be shared).
 */
@Command(
        name = "book",
        description =
                "Strategic plan book of a synthetic ~10,000-object plan: build the book from the model and write it as DOCX and as PDF.")
final class BenchBookCommand implements Callable<Integer> {

    @Option(names = "--provinces", defaultValue = "20")
    int provinces;

    @Option(names = "--projects-per-province", defaultValue = "40")
    int projects;

    @Option(names = "--runs", defaultValue = "3")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        System.setProperty("java.awt.headless", "true"); // column widths are measured with Java2D fonts
        PrintWriter out = spec.commandLine().getOut();
        PlanModel model = new SyntheticPlanGenerator().generate(provinces, projects);
        int[] objects = {0};
        model.eAllContents().forEachRemaining(o -> objects[0]++);
        StrategicPlan regional = model.getPlans().stream()
                .filter(StrategicPlan.class::isInstance)
                .map(StrategicPlan.class::cast)
                .filter(p -> p.getLevel() == PlanLevel.REGIONAL_STRATEGIC_PLAN)
                .findFirst()
                .orElseThrow();
        FlowDocument[] book = new FlowDocument[1];
        Timer build = new Timer(1, runs);
        for (int i = 0; i <= runs; i++) {
            build.time(() ->
                    book[0] = PlanBooks.of(regional, BookOptions.strategic(), java.time.LocalDate.of(2019, 7, 31)));
        }
        out.printf(
                "book: strategic plan of a synthetic plan of %,d objects (%d provinces x %d projects), %,d blocks%n",
                objects[0], provinces, projects, book[0].blocks().size());
        out.printf(
                "  build the book from the model   %8.0f ms (median of %d; the annex diagrams laid out and printed)%n",
                build.median(), runs);
        double docx = write(out, book[0], "DOCX", List.of(BookFormat.DOCX), true);
        double pdf = write(out, book[0], "PDF", List.of(BookFormat.PDF), true);
        List<BookFormat> both = BookFiles.inWritingOrder(List.of(BookFormat.DOCX, BookFormat.PDF));
        write(out, book[0], "PDF+DOCX, each laid out", both, false);
        write(out, book[0], "PDF+DOCX, one layout", both, true);
        out.printf("  model to DOCX                   %8.0f ms%n", build.median() + docx);
        out.printf("  model to PDF                    %8.0f ms%n", build.median() + pdf);
        return 0;
    }

    /**
     * Times writing {@code book} in {@code formats}, through one {@link BookFiles} ({@code shared}: the DOCX reuses the
     * PDF's layout) or a new one per format; prints the median, the size and the writing thread's CPU time.
     */
    private double write(PrintWriter out, FlowDocument book, String label, List<BookFormat> formats, boolean shared)
            throws Exception {
        ByteArrayOutputStream[] bytes = new ByteArrayOutputStream[1];
        Timer write = new Timer(1, runs);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = 0;
        for (int i = 0; i <= runs; i++) {
            long before = threads.getCurrentThreadCpuTime();
            write.time(() -> {
                bytes[0] = new ByteArrayOutputStream();
                BookFiles files = new BookFiles(book);
                for (BookFormat format : formats) {
                    (shared ? files : new BookFiles(book)).write(format, null, bytes[0]);
                }
            });
            cpu = i == 0 ? 0 : cpu + threads.getCurrentThreadCpuTime() - before; // warm-up run not counted
        }
        out.printf(
                "  write %-24s %8.0f ms (median of %d), %,d KB; CPU time of the writing thread %.0f ms a run%n",
                label, write.median(), runs, bytes[0].size() / 1024, cpu / 1e6 / runs);
        return write.median();
    }
}
