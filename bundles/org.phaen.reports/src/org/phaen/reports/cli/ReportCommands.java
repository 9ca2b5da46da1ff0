package org.phaen.reports.cli;

import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** {@code phaen report} and {@code phaen publish}. */
public final class ReportCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(
                command(CommandGroup.MONITORING, 30, ReportCommand.class),
                command(CommandGroup.MONITORING, 40, PublishCommand.class));
    }
}
