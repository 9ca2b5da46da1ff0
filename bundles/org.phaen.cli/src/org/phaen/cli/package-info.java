/**
 * The {@code phaen} command line (picocli), runnable as a plain Java program without OSGi.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.cli.PhaenCli#main} and {@link org.phaen.cli.PhaenCli#run} (the exit code,
 * with output and errors written to the given writers, as the tests use it). The commands come from the bundles
 * that own them, through {@link org.phaen.cli.spi.Commands#discover()}; this bundle contributes only {@code info},
 * {@code demo}, {@code generate-sample}, {@code bench} and {@code bench load} (docs/commands.md).
 * <p>
 * <b>Contract:</b> exit code 0 on success, 1 when the job failed (validation errors, a refused file), 2 for bad input
 * (an unreadable or malformed file, bad arguments, a {@link org.phaen.cli.spi.BadInputException}: one line on
 * stderr); every command answers {@code --help}; {@code phaen --help} lists the commands by group. Input plan files
 * are never changed unless a command says it saves them (safe save).
 * <p>
 * <b>Threads:</b> a command runs on the caller's thread and owns the models it loads; {@code run} may be called
 * again in the same JVM (tests do), but not concurrently on shared files.
 */
package org.phaen.cli;
