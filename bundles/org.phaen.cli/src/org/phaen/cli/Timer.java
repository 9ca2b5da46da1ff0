package org.phaen.cli;

import java.util.Arrays;

/** Times repeated runs of an action, ignoring warm-up runs; reports the median in milliseconds. */
final class Timer {

    interface Action {
        void run() throws Exception;
    }

    private final int warmup;
    private final double[] samples;
    private int calls;

    Timer(int warmup, int runs) {
        this.warmup = warmup;
        this.samples = new double[runs];
    }

    void time(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        double ms = (System.nanoTime() - start) / 1e6;
        if (calls >= warmup && calls - warmup < samples.length) {
            samples[calls - warmup] = ms;
        }
        calls++;
    }

    double median() {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
