package org.phaen.validation.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** {@code phaen validate} and {@code phaen bench validate}. */
public final class ValidationCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(
                command(CommandGroup.PLANS, 20, ValidateCommand.class), benchmark(20, BenchValidateCommand.class));
    }
}
