package org.phaen.book.cli;

import static org.phaen.cli.spi.ContributedCommand.benchmark;
import static org.phaen.cli.spi.ContributedCommand.command;

import java.util.List;
import org.phaen.cli.spi.CommandContribution;
import org.phaen.cli.spi.CommandGroup;
import org.phaen.cli.spi.ContributedCommand;

/** The plan book: {@code phaen book} and {@code phaen bench book}. */
public final class BookCommands implements CommandContribution {

    @Override
    public List<ContributedCommand> commands() {
        return List.of(command(CommandGroup.PLANS, 50, BookCommand.class), benchmark(60, BenchBookCommand.class));
    }
}
