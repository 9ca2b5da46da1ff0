package org.phaen.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.xml.parsers.SAXParserFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.Timer;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.sample.SyntheticPlanGenerator;
import org.phaen.model.trace.PlanSummary;
import org.xml.sax.helpers.DefaultHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code phaen bench load}: load time of a ~100,000-object plan against a bare SAX pass, and heap after load. */
@Command(
        name = "load",
        description = "Load a synthetic ~100,000-object plan; compare with a bare SAX pass; report heap.")
final class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--provinces", defaultValue = "77")
    int provinces;

    @Option(names = "--projects-per-province", defaultValue = "100")
    int projects;

    @Option(names = "--runs", defaultValue = "9", description = "Measured runs (after warm-up); medians are printed.")
    int runs;

    @Option(names = "--warmup", defaultValue = "5")
    int warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("phaen-bench");
        Path file = dir.resolve("synthetic.phaen");
        PlanModel generated = new SyntheticPlanGenerator().generate(provinces, projects);
        int objects = new PlanSummary(generated).totalObjects();
        GenerateSampleCommand.write(generated, file);
        out.printf("plan: %,d objects, %.1f MB (%s)%n", objects, Files.size(file) / 1e6, file);
        var sax = SAXParserFactory.newInstance();
        sax.setNamespaceAware(true);
        Timer loadTimer = new Timer(warmup, runs);
        Timer saxTimer = new Timer(warmup, runs);
        for (int i = 0; i < warmup + runs; i++) {
            saxTimer.time(() -> sax.newSAXParser().parse(file.toFile(), new DefaultHandler()));
            loadTimer.time(() -> PlanFiles.load(PlanFiles.newResourceSet(), file));
        }
        out.printf("load (EMF), median of %d: %8.1f ms%n", runs, loadTimer.median());
        out.printf("bare SAX pass, median:     %8.1f ms%n", saxTimer.median());
        out.printf(
                "ratio load / SAX:          %8s   (target <= 2.0)%n",
                Timer.ratio(loadTimer.median(), saxTimer.median()));
        // CPU time of this thread does not change with the machine's other work, but leaves out the JVM's own threads
        // (GC).
        out.printf(
                "CPU-time ratio load / SAX:  %8s   (this thread's CPU time, medians: load %.1f ms, SAX %.1f ms)%n",
                Timer.ratio(loadTimer.cpuMedian(), saxTimer.cpuMedian()), loadTimer.cpuMedian(), saxTimer.cpuMedian());
        out.printf("heap used after load:      %8.1f MB (target <= 40)%n", heapAfterLoad(file) / 1e6);
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
        return 0;
    }

    /** Heap held by one loaded plan: used heap with the plan loaded minus before, after full GCs. */
    private static long heapAfterLoad(Path file) throws Exception {
        long before = usedAfterGc();
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, file);
        long after = usedAfterGc();
        if (set.getResources().isEmpty()) {
            throw new IllegalStateException("plan vanished");
        }
        return after - before;
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            Timer.collectGarbage();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
