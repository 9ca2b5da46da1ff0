/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times repeated runs of an action, ignoring warm-up runs; reports the median in milliseconds. Garbage is collected
 * before every run, so a run does not pay for collecting what the runs before it left (the figures repeat).
 */
public final class Timer {

    public interface Action {
        void run() throws Exception;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int warmup;
    private final double[] samples;
    private final double[] cpuSamples;
    private int calls;

    public Timer(int warmup, int runs) {
        this.warmup = warmup;
        this.samples = new double[runs];
        this.cpuSamples = new double[runs];
    }

    public void time(Action action) throws Exception {
        collectGarbage();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        action.run();
        double ms = (System.nanoTime() - start) / 1e6;
        double cpuMs = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
        if (calls >= warmup && calls - warmup < samples.length) {
            samples[calls - warmup] = ms;
            cpuSamples[calls - warmup] = cpuMs;
        }
        calls++;
    }

    /** Median wall time of the timed runs, in milliseconds. */
    public double median() {
        return median(samples);
    }

    /**
     * Median CPU time of the timing thread in the timed runs, in milliseconds: what the machine's other work does not
     * change, but without the work of the JVM's own threads (garbage collection, compilation).
     */
    public double cpuMedian() {
        return median(cpuSamples);
    }

    /** Sum of the timed runs' wall times, in milliseconds: for runs that each do different work. */
    public double total() {
        return Arrays.stream(samples).sum();
    }

    /** Sum of the timed runs' CPU times of the timing thread, in milliseconds. */
    public double cpuTotal() {
        return Arrays.stream(cpuSamples).sum();
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** How many timed runs were asked for (the warm-up not counted). */
    public int runs() {
        return samples.length;
    }

    /** A full collection (G1 collects everything unreachable in one). */
    public static void collectGarbage() {
        System.gc();
    }

    /** "Phaen / anchor" as the benchmarks print it: what Phaen takes for every unit of time the bare library takes. */
    public static String ratio(double phaen, double anchor) {
        return String.format("%.2f", phaen / anchor);
    }
}
