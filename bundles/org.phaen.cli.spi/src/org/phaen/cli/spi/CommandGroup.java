package org.phaen.cli.spi;

/** The headings {@code phaen --help} lists the commands under, in this order. */
public enum CommandGroup {
    PLANS("Plans"),
    EXCHANGE("Plan exchange"),
    MONITORING("Monitoring and reports"),
    SAMPLES("Samples and the demo"),
    BENCHMARKS("Benchmarks");

    private final String heading;

    CommandGroup(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
