package org.phaen.cli.spi;

import java.util.Arrays;

/** Times repeated runs of an action, ignoring warm-up runs; reports the median in milliseconds. */
public final class Timer {

    public interface Action {
        void run() throws Exception;
    }

    private final int warmup;
    private final double[] samples;
    private int calls;

    public Timer(int warmup, int runs) {
        this.warmup = warmup;
        this.samples = new double[runs];
    }

    public void time(Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        double ms = (System.nanoTime() - start) / 1e6;
        if (calls >= warmup && calls - warmup < samples.length) {
            samples[calls - warmup] = ms;
        }
        calls++;
    }

    public double median() {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
