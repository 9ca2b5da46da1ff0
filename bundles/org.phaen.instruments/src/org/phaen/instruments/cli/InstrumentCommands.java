package org.phaen.instruments.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** {@code phaen instruments} and {@code phaen bench instruments}. */
public final class InstrumentCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(
                command(CommandGroup.MONITORING, 10, InstrumentsCommand.class),
                benchmark(30, BenchInstrumentsCommand.class));
    }
}
