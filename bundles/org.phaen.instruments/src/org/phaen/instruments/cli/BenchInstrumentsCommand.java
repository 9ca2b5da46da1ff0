package org.phaen.instruments.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.phaen.cli.spi.BadInputException;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code phaen bench instruments}: DOCX progress reports for every project of a 15,000-project plan, documents per second. */
@Command(name = "instruments", description = "Generate a progress report per project of a synthetic 15,000-project plan and write each as DOCX.")
final class BenchInstrumentsCommand implements Callable<Integer> {

    @Option(names = "--provinces", defaultValue = "150") int provinces;
    @Option(names = "--projects-per-province", defaultValue = "100") int projects;
    @Option(names = "--format", defaultValue = "docx") String format;

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
        model.getPlans().stream().filter(ActionPlan.class::isInstance).forEach(p -> all.addAll(((ActionPlan) p).getProjects()));

        long start = System.nanoTime();
        List<EvaluationInstrument> instruments = new ArrayList<>();
        InstrumentGenerator generator = new InstrumentGenerator();
        for (Project project : all) {
            instruments.addAll(generator.generate(monitoring, InstrumentScope.project(project), EnumSet.of(InstrumentKind.PROGRESS_REPORT)).instruments());
        }
        double generateSeconds = (System.nanoTime() - start) / 1e9;
        out.printf("plan: %,d projects; generated %,d progress-report instruments in %.1f s%n", all.size(), instruments.size(), generateSeconds);

        Path dir = Files.createTempDirectory("phaen-bench-instruments");
        RenderOptions options = RenderOptions.defaults();
        int warmup = Math.min(500, instruments.size());
        for (int i = 0; i < warmup; i++) {
            write(renderer, instruments.get(i), options, dir);
        }
        start = System.nanoTime();
        long bytes = 0;
        for (EvaluationInstrument instrument : instruments) {
            bytes += write(renderer, instrument, options, dir);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("%s: %,d documents in %.1f s = %.0f documents per second, one thread (%.1f MB written; target >= 200/s)%n",
                format, instruments.size(), seconds, instruments.size() / seconds, bytes / 1e6);
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        }
        Files.deleteIfExists(dir);
        return 0;
    }

    private static long write(InstrumentRenderer renderer, EvaluationInstrument instrument, RenderOptions options, Path dir) throws Exception {
        Path file = OutputFiles.inside(dir, instrument.getCode(), renderer.fileExtension());
        try (OutputStream stream = Files.newOutputStream(file)) {
            renderer.render(instrument, options, stream);
        }
        return Files.size(file);
    }
}
