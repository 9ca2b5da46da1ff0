package org.phaen.cli;

import picocli.CommandLine.Command;

/** {@code phaen bench ...}: benchmarks that print figures, run in one JVM each. */
@Command(name = "bench", description = "Benchmarks; each prints medians of several runs.",
        subcommands = { BenchLoadCommand.class, BenchValidateCommand.class, BenchInstrumentsCommand.class,
            BenchDiagramCommand.class, BenchStoreCommand.class })
final class BenchCommand {
}
