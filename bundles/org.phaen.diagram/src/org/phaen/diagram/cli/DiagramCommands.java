package org.phaen.diagram.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** {@code phaen diagram} and {@code phaen bench diagram}. */
public final class DiagramCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(command(CommandGroup.PLANS, 40, DiagramCommand.class), benchmark(40, BenchDiagramCommand.class));
    }
}
