/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi.internal.bench;

import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import org.phaen.cli.spi.Timer;

/**
 * Phaen's work and its anchor (the bare library on the same work) timed in turns in one JVM, so both see the same
 * machine: a warm-up that lasts until the JIT has stopped compiling, then rounds in which the two swap who goes first
 * (neither always runs just after the other's garbage or caches), garbage collected before each timed action. It
 * prints the medians in wall time and in the timing thread's CPU time, and both ratios. On a shared machine the wall
 * time is mostly waiting for a core; the CPU-time ratio is the figure that repeats.
 */
public final class Turns {

    /** One action of a round; {@code round} counts from 0 over the warm-up and the timed rounds. */
    public interface Round {
        void run(int round) throws Exception;
    }

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private final Timer phaen, anchor;
    private int round;
    private int warmupRounds;

    public Turns(int runs) {
        this.phaen = new Timer(0, runs);
        this.anchor = new Timer(0, runs);
    }

    /**
     * Runs both in turn, at least {@code min} and at most {@code max} rounds, until a whole round finished no JIT
     * compilation: a timed run during compilation would run partly interpreted, by a varying share on a busy machine.
     */
    public Turns warmUp(int min, int max, Round phaenAction, Round anchorAction) throws Exception {
        for (int i = 0; i < max; i++) {
            long compiling = jitMillis();
            phaenAction.run(round);
            anchorAction.run(round++);
            warmupRounds++;
            if (i + 1 >= min && jitMillis() == compiling) {
                break;
            }
        }
        return this;
    }

    /** The timed rounds, the two swapping who goes first every round. */
    public Turns time(Round phaenAction, Round anchorAction) throws Exception {
        for (int i = 0; i < phaen.runs(); i++) {
            int r = round++;
            if (i % 2 == 0) {
                phaen.time(() -> phaenAction.run(r));
                anchor.time(() -> anchorAction.run(r));
            } else {
                anchor.time(() -> anchorAction.run(r));
                phaen.time(() -> phaenAction.run(r));
            }
        }
        return this;
    }

    public Timer phaen() {
        return phaen;
    }

    public Timer anchor() {
        return anchor;
    }

    /** Warm-up rounds it took until the JIT was quiet. */
    public int warmupRounds() {
        return warmupRounds;
    }

    /** Phaen's time for every unit of the anchor's, in the timing thread's CPU time. */
    public double cpuRatio() {
        return phaen.cpuMedian() / anchor.cpuMedian();
    }

    public double wallRatio() {
        return phaen.median() / anchor.median();
    }

    /**
     * Prints medians and ratios as lines "label: number" ({@code releng/scripts/bench-repeat.sh} reads them), the
     * ratio as Phaen's time over the anchor's, or as Phaen's rate over the anchor's (documents per second) when
     * {@code asRate}.
     */
    public void print(PrintWriter out, String phaenName, String anchorName, boolean asRate, String target) {
        out.printf(
                "%s, median of %d (warm-up %d rounds): %.1f ms wall, %.1f ms CPU%n",
                phaenName, phaen.runs(), warmupRounds, phaen.median(), phaen.cpuMedian());
        out.printf("%s, median: %.1f ms wall, %.1f ms CPU%n", anchorName, anchor.median(), anchor.cpuMedian());
        String over = asRate ? "Phaen / " + anchorName + ", documents per second" : phaenName + " / " + anchorName;
        out.printf("ratio %s, CPU time: %.2f  (%s)%n", over, asRate ? 1 / cpuRatio() : cpuRatio(), target);
        out.printf("ratio %s, wall time: %.2f%n", over, asRate ? 1 / wallRatio() : wallRatio());
        out.flush();
    }

    private static long jitMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
    }
}
