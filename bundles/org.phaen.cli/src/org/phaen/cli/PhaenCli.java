/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.time.LocalDate;
import java.util.List;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Commands;
import org.phaen.cli.spi.ContributedCommand;
import org.phaen.cli.spi.Days;
import org.phaen.cli.spi.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code phaen} command line: runs as a plain Java main, no OSGi needed. It holds no capability itself: each
 * bundle contributes its commands (see {@link org.phaen.cli.spi}), found on the class path or as OSGi services.
 */
@Command(
        name = "phaen",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        version = "Phaen 0.1.0",
        description = "Strategic plans of Thai education offices: inspect, generate, benchmark.")
public final class PhaenCli {

    /**
     * Flyway reports every schema check at INFO, and warns that Derby 10.17 is newer than the versions it lists;
     * neither is anything a user can act on. Held in a field: the logging framework keeps only weak references.
     */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(java.util.logging.Level.SEVERE);
    }

    /** Exit code for bad input: unreadable files, malformed arguments. */
    public static final int BAD_INPUT = ExitCodes.BAD_INPUT;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(NamedCommands.of(Commands.discover(), args));
        cli.setOut(out);
        cli.setErr(err);
        // One line, not a usage dump: scripts read the first line.
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("phaen: " + e.getMessage() + " (see 'phaen " + commandPath(e.getCommandLine()) + "--help')");
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof FileSystemException file) { // a file named on the command line: the user's to fix
                err.println("phaen: " + FileProblems.describe(file));
                return BAD_INPUT;
            }
            err.println("phaen: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return e instanceof BadInputException ? BAD_INPUT : ExitCodes.FAILED;
        });
        return cli.execute(args);
    }

    /** The command tree: top-level commands in help order, then each subcommand under its parent. */
    static CommandLine commandLine(List<ContributedCommand> commands) {
        CommandLine cli = new CommandLine(new PhaenCli());
        commands.stream().filter(c -> c.parent() == null).forEach(c -> cli.addSubcommand(c.type()));
        for (ContributedCommand command :
                commands.stream().filter(c -> c.parent() != null).toList()) {
            CommandLine parent = cli.getSubcommands().get(command.parent());
            if (parent == null) {
                throw new IllegalStateException(command.type().getName() + " belongs under 'phaen " + command.parent()
                        + "', which no bundle contributes");
            }
            parent.addSubcommand(command.type());
        }
        GroupedCommandList.install(cli, commands);
        cli.registerConverter(LocalDate.class, new Days()); // after the subcommands: it reaches those already added
        return cli;
    }

    private static String commandPath(CommandLine commandLine) {
        String path = commandLine.getCommandSpec().qualifiedName(" ");
        path = path.startsWith("phaen") ? path.substring(5).trim() : path;
        return path.isEmpty() ? "" : path + " ";
    }
}
