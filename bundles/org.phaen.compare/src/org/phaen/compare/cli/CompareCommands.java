package org.phaen.compare.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** {@code phaen diff}, {@code phaen merge} and {@code phaen bench diff}. */
public final class CompareCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(
                command(CommandGroup.PLANS, 60, DiffCommand.class),
                command(CommandGroup.PLANS, 70, MergeCommand.class),
                benchmark(90, BenchDiffCommand.class));
    }
}
