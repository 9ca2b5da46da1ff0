/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Timer;
import org.phaen.cli.spi.internal.bench.Turns;
import org.phaen.fonts.ThaiFonts;
import org.phaen.fonts.ThaiFonts.Weight;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.OutputFiles;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.instruments.generate.InstrumentGenerator;
import org.phaen.instruments.generate.InstrumentScope;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.sample.SyntheticPlanGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code phaen bench instruments}: DOCX progress reports for every project of a 15,000-project plan, documents per second,
 * against the library alone writing the same form (raw POI for DOCX, {@link RawPoiForm}; raw PDFBox for PDF,
 * {@link RawPdfBoxForm}); then the same batch on every core.
 */
@Command(
        name = "instruments",
        description =
                "Generate a progress report per project of a synthetic 15,000-project plan and write each as DOCX.")
final class BenchInstrumentsCommand implements Callable<Integer> {

    /** Documents per timed action. */
    private static final int CHUNK = 25;

    @Option(names = "--provinces", defaultValue = "150")
    int provinces;

    @Option(names = "--projects-per-province", defaultValue = "100")
    int projects;

    @Option(
            names = "--runs",
            defaultValue = "21",
            description = "Timed rounds of " + CHUNK + " documents each (median).")
    int runs;

    @Option(names = "--format", defaultValue = "docx")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        InstrumentRenderer renderer = Renderers.available().get(format);
        if (renderer == null) {
            throw new BadInputException("unknown format '" + format + "'", null);
        }
        PlanModel model = new SyntheticPlanGenerator().generate(provinces, projects);
        MonitoringPlan monitoring = PhaenFactory.eINSTANCE.createMonitoringPlan();
        monitoring.setFiscalYear(SyntheticPlanGenerator.FISCAL_YEAR);
        model.getMonitoringPlans().add(monitoring);
        List<Project> all = new ArrayList<>();
        model.getPlans().stream()
                .filter(ActionPlan.class::isInstance)
                .forEach(p -> all.addAll(((ActionPlan) p).getProjects()));

        long begin = System.nanoTime();
        List<EvaluationInstrument> instruments = new ArrayList<>();
        InstrumentGenerator generator = new InstrumentGenerator();
        for (Project project : all) {
            instruments.addAll(generator
                    .generate(monitoring, InstrumentScope.project(project), EnumSet.of(InstrumentKind.PROGRESS_REPORT))
                    .instruments());
        }
        double generateSeconds = (System.nanoTime() - begin) / 1e9;
        out.printf(
                "plan: %,d projects; generated %,d progress-report instruments in %.1f s%n",
                all.size(), instruments.size(), generateSeconds);

        Path dir = Files.createTempDirectory("phaen-bench-instruments");
        RenderOptions options = RenderOptions.defaults();
        RawForm raw = anchor(render(renderer, instruments.get(0), options));
        String library = "pdf".equals(format) ? "PDFBox" : "POI";
        // Phaen and the anchor take turns by chunks of documents, so both see the same machine; Phaen writes the next
        // instruments of the plan, the anchor the first form again.
        long[] bytes = new long[1];
        Turns.Round phaen = r -> {
            for (int i = 0; i < CHUNK; i++) {
                bytes[0] += write(renderer, instruments.get((r * CHUNK + i) % instruments.size()), options, dir);
            }
        };
        Turns.Round anchor = r -> {
            for (int i = 0; i < CHUNK; i++) {
                try (OutputStream stream = Files.newOutputStream(dir.resolve("raw." + format))) {
                    raw.write(stream);
                }
            }
        };
        Turns turns = new Turns(runs).warmUp(5, 40, phaen, anchor);
        bytes[0] = 0;
        turns.time(phaen, anchor);
        double perSecond = CHUNK / (turns.phaen().median() / 1e3);
        out.printf(
                "%s, one thread: %.0f documents/s wall, %.0f documents/s of CPU time (%.1f KB each%s)%n",
                format,
                perSecond,
                CHUNK / (turns.phaen().cpuMedian() / 1e3),
                bytes[0] / 1e3 / (runs * CHUNK),
                "pdf".equals(format) ? "; target >= 200 documents/s" : "");
        out.printf(
                "raw %s, one thread: %.0f documents/s wall, %.0f documents/s of CPU time (the first form again, %s alone)%n",
                library,
                CHUNK / (turns.anchor().median() / 1e3),
                CHUNK / (turns.anchor().cpuMedian() / 1e3),
                library);
        turns.print(
                out,
                "Phaen, " + CHUNK + " documents",
                "raw " + library,
                true,
                "pdf".equals(format) ? "documents per second" : "documents per second; target >= 0.8");
        int threads = Runtime.getRuntime().availableProcessors();
        double[] batch = batch(renderer, instruments, options, dir, threads);
        out.printf(
                "batch on %d threads: %.0f documents/s = %s x one thread (target >= 1.7 on 2 cores; needs the cores free)%n",
                threads, batch[0], Timer.ratio(batch[0], perSecond));
        out.printf(
                "batch, per second of the writing threads' CPU time: %.0f documents = %s x one thread's%n",
                batch[1], Timer.ratio(batch[1], CHUNK / (turns.phaen().cpuMedian() / 1e3)));
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
        return 0;
    }

    /** The library alone writing the form Phaen wrote first: POI for DOCX, PDFBox for PDF, refused for other formats. */
    private RawForm anchor(byte[] first) throws Exception {
        return switch (format) {
            case "docx" -> RawPoiForm.of(first);
            case "pdf" -> RawPdfBoxForm.of(first, ThaiFonts.bytes(Weight.REGULAR), ThaiFonts.bytes(Weight.BOLD));
            default -> throw new BadInputException("bench instruments compares docx and pdf with their library", null);
        };
    }

    /**
     * Every document again, written by {@code threads} threads at once: documents per second, and per second of the
     * writing threads' CPU time (equal to one thread's when the threads do not slow each other down).
     */
    private static double[] batch(
            InstrumentRenderer renderer,
            List<EvaluationInstrument> instruments,
            RenderOptions options,
            Path dir,
            int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
        LongAdder cpu = new LongAdder();
        try {
            Timer.collectGarbage();
            long start = System.nanoTime();
            List<Future<Long>> written = new ArrayList<>();
            for (EvaluationInstrument instrument : instruments) {
                written.add(pool.submit(() -> {
                    long before = threadTimes.getCurrentThreadCpuTime();
                    long size = write(renderer, instrument, options, dir);
                    cpu.add(threadTimes.getCurrentThreadCpuTime() - before);
                    return size;
                }));
            }
            for (Future<Long> f : written) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new double[] {instruments.size() / seconds, instruments.size() / (cpu.sum() / 1e9)};
        } finally {
            pool.shutdown();
        }
    }

    private static byte[] render(InstrumentRenderer renderer, EvaluationInstrument instrument, RenderOptions options)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        renderer.render(instrument, options, bytes);
        return bytes.toByteArray();
    }

    private static long write(
            InstrumentRenderer renderer, EvaluationInstrument instrument, RenderOptions options, Path dir)
            throws Exception {
        Path file = OutputFiles.inside(dir, instrument.getCode(), renderer.fileExtension());
        try (OutputStream stream = Files.newOutputStream(file)) {
            renderer.render(instrument, options, stream);
        }
        return Files.size(file);
    }
}
