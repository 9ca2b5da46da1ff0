/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.internal.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.phaen.diagram.description.Descriptions;
import org.phaen.diagram.description.DiagramDescription;
import org.phaen.diagram.description.EdgeMapping;
import org.phaen.diagram.description.Style;
import org.phaen.diagram.engine.DiagramEngine;
import org.phaen.diagram.engine.FontTextMeasure;
import org.phaen.diagram.engine.StatusSource;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.layout.ElkLayout;
import org.phaen.diagram.svg.SvgExport;
import org.phaen.model.PlanModel;
import org.phaen.model.sample.SyntheticPlanGenerator;

/**
 * {@code phaen bench diagram}: the strategy map of a synthetic plan of about 1,300 nodes built, laid out and written as
 * SVG (the first-render stand-in), median of 5 after warm-up; then layout alone for about 10,000 nodes. Targets from the
 * issue: under 1 s and under 8 s. A plain Java main, not a unit test: timings depend on the machine.
 */
public final class DiagramBenchmark {

    /** Median milliseconds of each phase. */
    public record Figures(int nodes, int edges, double buildMs, double layoutMs, double svgMs) {
        public double totalMs() {
            return buildMs + layoutMs + svgMs;
        }
    }

    private final FontTextMeasure measure = FontTextMeasure.sarabun();
    private final DiagramEngine engine = new DiagramEngine(measure, StatusSource.NONE);
    private final DiagramDescription strategyMap = Descriptions.strategyMap();
    /**
     * The strategy map is a forest (one tree per plan), which ELK lays out component by component. This variant also
     * draws alignments between plans, so the whole map is one connected graph: the harder case for layered layout.
     */
    private final DiagramDescription connectedMap = withAlignments(strategyMap);

    /** Synthetic plan sizes: nodes = 32 + provinces * (16 + projects per province). */
    public Figures strategyMap(int provinces, int projectsPerProvince, int warmUps, int runs) {
        return run(strategyMap, provinces, projectsPerProvince, warmUps, runs);
    }

    private Figures run(DiagramDescription description, int provinces, int projectsPerProvince, int warmUps, int runs) {
        PlanModel model = new SyntheticPlanGenerator().generate(provinces, projectsPerProvince);
        double[][] times = new double[3][runs];
        DiagramGraph graph = null;
        for (int i = -warmUps; i < runs; i++) {
            long t0 = System.nanoTime();
            graph = engine.build(description, model);
            long t1 = System.nanoTime();
            new ElkLayout().layout(graph, Map.of());
            long t2 = System.nanoTime();
            String svg = new SvgExport(measure).toSvg(graph);
            long t3 = System.nanoTime();
            if (svg.isEmpty()) {
                throw new IllegalStateException("empty SVG");
            }
            if (i >= 0) {
                times[0][i] = (t1 - t0) / 1e6;
                times[1][i] = (t2 - t1) / 1e6;
                times[2][i] = (t3 - t2) / 1e6;
            }
        }
        return new Figures(
                graph.nodes().size(), graph.edges().size(), median(times[0]), median(times[1]), median(times[2]));
    }

    private static DiagramDescription withAlignments(DiagramDescription d) {
        List<EdgeMapping> edges = new ArrayList<>(d.edges());
        edges.add(new EdgeMapping(
                "aligns",
                List.of("issue", "strategy"),
                "alignments.target",
                List.of("issue", "strategy"),
                Style.DEFAULT,
                true));
        return new DiagramDescription(d.id() + "-connected", d.name(), d.direction(), d.mappings(), edges);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        run(System.out, args.length > 0 ? Integer.parseInt(args[0]) : 3);
    }

    /** Prints the figures; {@code largeRuns} layouts of the 10,000-node map are timed (after one warm-up). */
    public static void run(PrintStream out, int largeRuns) {
        DiagramBenchmark bench = new DiagramBenchmark();
        out.println("font for label metrics: " + bench.measure.family());
        Figures s = bench.strategyMap(20, 48, 3, 5);
        out.printf(
                "strategy map %,d nodes / %,d edges: build %.0f ms + layout %.0f ms + SVG %.0f ms = %.0f ms (median of 5, target < 1000 ms)%n",
                s.nodes(), s.edges(), s.buildMs(), s.layoutMs(), s.svgMs(), s.totalMs());
        Figures l = bench.strategyMap(125, 64, 1, largeRuns);
        out.printf(
                "strategy map %,d nodes / %,d edges: layout %.0f ms (median of %d, target < 8000 ms); build %.0f ms, SVG %.0f ms%n",
                l.nodes(), l.edges(), l.layoutMs(), largeRuns, l.buildMs(), l.svgMs());
        Figures c = bench.run(bench.connectedMap, 125, 64, 1, largeRuns);
        out.printf(
                "same map with alignment edges, one connected graph, %,d nodes / %,d edges: layout %.0f ms (median of %d)%n",
                c.nodes(), c.edges(), c.layoutMs(), largeRuns);
    }
}
