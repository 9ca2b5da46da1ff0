/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.xml.parsers.SAXParserFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.cli.spi.Timer;
import org.phaen.cli.spi.internal.bench.Turns;
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

    @Option(
            names = "--warmup",
            defaultValue = "5",
            description = "Least warm-up rounds (more until the JIT is quiet, at most 4 times this).")
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
        // EMF's load and a bare SAX pass over the same file in turns; the ratio in CPU time is the one that repeats.
        new Turns(runs)
                .warmUp(
                        warmup,
                        4 * warmup,
                        r -> PlanFiles.load(PlanFiles.newResourceSet(), file),
                        r -> sax.newSAXParser().parse(file.toFile(), new DefaultHandler()))
                .time(
                        r -> PlanFiles.load(PlanFiles.newResourceSet(), file),
                        r -> sax.newSAXParser().parse(file.toFile(), new DefaultHandler()))
                .print(out, "load (EMF)", "bare SAX pass", false, "target <= 2.0");
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
