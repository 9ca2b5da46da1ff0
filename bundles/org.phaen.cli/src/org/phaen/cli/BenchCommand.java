package org.phaen.cli;

import picocli.CommandLine.Command;

/** {@code phaen bench ...}: benchmarks that print figures, run in one JVM each; the bundles contribute them. */
@Command(name = "bench", description = "Benchmarks; each prints medians of several runs.")
final class BenchCommand {}
