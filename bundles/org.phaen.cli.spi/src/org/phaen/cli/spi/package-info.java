/**
 * The contract between the {@code phaen} command line and the bundles that contribute its commands.
 * <p>
 * <b>Entry points.</b> A bundle implements {@link org.phaen.cli.spi.CommandContribution} once and lists its picocli
 * commands as {@link org.phaen.cli.spi.ContributedCommand}s (class, {@link org.phaen.cli.spi.CommandGroup}, rank,
 * parent). It declares the implementation in {@code META-INF/services/org.phaen.cli.spi.CommandContribution} (found
 * by {@link java.util.ServiceLoader} when {@code ./phaen} runs as plain Java) and as a Declarative Services
 * component providing {@code CommandContribution} (found as an OSGi service inside OSGi).
 * {@link org.phaen.cli.spi.Commands#discover()} returns what both ways find, by group and rank.
 * <p>
 * <b>Contract.</b> A command class has a no-argument constructor; the command line creates a new instance for each
 * run, so commands keep no state between runs. Commands print results on the command line's out writer, report
 * input the user must fix by throwing {@link org.phaen.cli.spi.BadInputException} (one line on stderr, exit 2), and
 * return the {@link org.phaen.cli.spi.ExitCodes} (0 done, 1 failed or problems found). Command names are unique
 * under each parent. The shared helpers ({@link org.phaen.cli.spi.Loading}, {@link org.phaen.cli.spi.MonitoredYear},
 * {@link org.phaen.cli.spi.Timer}) keep the commands' messages and options the same everywhere.
 * <p>
 * <b>Threading.</b> Discovery and the commands run on the thread that calls the command line; nothing here is
 * shared between threads.
 * <p>
 * This bundle depends only on the model and picocli, so every capability bundle can depend on it without cycles.
 * See {@code docs/commands.md}.
 */
package org.phaen.cli.spi;
