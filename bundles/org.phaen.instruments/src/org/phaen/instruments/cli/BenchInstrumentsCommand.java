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
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Timer;
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

    private static final int CHUNK = 250;

    @Option(names = "--provinces", defaultValue = "150")
    int provinces;

    @Option(names = "--projects-per-province", defaultValue = "100")
    int projects;

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
        int warmup = Math.min(500, instruments.size());
        for (int i = 0; i < warmup; i++) {
            write(renderer, instruments.get(i), options, dir);
            if (raw != null) {
                raw.write(OutputStream.nullOutputStream());
            }
        }
        // Phaen and the anchor take turns by chunks of documents, so both see the same machine.
        long phaenNanos = 0, rawNanos = 0, bytes = 0, phaenCpu = 0, rawCpu = 0;
        ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
        for (int from = 0; from < instruments.size(); from += CHUNK) {
            List<EvaluationInstrument> chunk = instruments.subList(from, Math.min(instruments.size(), from + CHUNK));
            Timer.collectGarbage();
            long cpu = threadTimes.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (EvaluationInstrument instrument : chunk) {
                bytes += write(renderer, instrument, options, dir);
            }
            phaenNanos += System.nanoTime() - start;
            phaenCpu += threadTimes.getCurrentThreadCpuTime() - cpu;
            if (raw != null) {
                Timer.collectGarbage();
                cpu = threadTimes.getCurrentThreadCpuTime();
                start = System.nanoTime();
                for (int i = 0; i < chunk.size(); i++) {
                    try (OutputStream stream = Files.newOutputStream(dir.resolve("raw." + format))) {
                        raw.write(stream);
                    }
                }
                rawNanos += System.nanoTime() - start;
                rawCpu += threadTimes.getCurrentThreadCpuTime() - cpu;
            }
        }
        double perSecond = instruments.size() / (phaenNanos / 1e9);
        out.printf(
                "%s, one thread: %.0f documents/s (%,d documents in %.1f s, %.1f MB written%s)%n",
                format,
                perSecond,
                instruments.size(),
                phaenNanos / 1e9,
                bytes / 1e6,
                "pdf".equals(format) ? "; target >= 200 documents/s" : "");
        if (raw != null) {
            out.printf(
                    "raw %s, one thread: %.0f documents/s (the first form's %s, with %s alone)%n",
                    library,
                    instruments.size() / (rawNanos / 1e9),
                    "pdf".equals(format) ? "lines of text, fonts and rules" : "paragraphs, tables and font",
                    library);
            out.printf(
                    "ratio Phaen / raw %s: %s (documents per second%s)%n",
                    library, Timer.ratio(rawNanos, phaenNanos), "pdf".equals(format) ? "" : "; target >= 0.8");
        }
        // The writing thread's CPU time does not change with the machine's other work (the JVM's own threads not
        // counted).
        out.printf(
                "in CPU time of the writing thread: %.0f documents/s%s%n",
                instruments.size() / (phaenCpu / 1e9),
                raw == null
                        ? ""
                        : String.format(
                                ", raw %s %.0f documents/s, ratio %s",
                                library, instruments.size() / (rawCpu / 1e9), Timer.ratio(rawCpu, phaenCpu)));
        int threads = Runtime.getRuntime().availableProcessors();
        double batch = batch(renderer, instruments, options, dir, threads);
        out.printf(
                "batch on %d threads: %.0f documents/s = %s x one thread (target >= 1.7 on 2 cores)%n",
                threads, batch, Timer.ratio(batch, perSecond));
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
        return 0;
    }

    /** The library alone writing the form Phaen wrote first: POI for DOCX, PDFBox for PDF, none for other formats. */
    private RawForm anchor(byte[] first) throws Exception {
        return switch (format) {
            case "docx" -> RawPoiForm.of(first);
            case "pdf" -> RawPdfBoxForm.of(first, ThaiFonts.bytes(Weight.REGULAR), ThaiFonts.bytes(Weight.BOLD));
            default -> null;
        };
    }

    /** Every document again, written by {@code threads} threads at once: documents per second. */
    private static double batch(
            InstrumentRenderer renderer,
            List<EvaluationInstrument> instruments,
            RenderOptions options,
            Path dir,
            int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Timer.collectGarbage();
            long start = System.nanoTime();
            List<Future<Long>> written = new ArrayList<>();
            for (EvaluationInstrument instrument : instruments) {
                written.add(pool.submit(() -> write(renderer, instrument, options, dir)));
            }
            for (Future<Long> f : written) {
                f.get();
            }
            return instruments.size() / ((System.nanoTime() - start) / 1e9);
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
