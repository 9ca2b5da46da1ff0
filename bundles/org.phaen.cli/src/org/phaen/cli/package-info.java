/**
 * The {@code phaen} command line (picocli), runnable as a plain Java program without OSGi.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.cli.PhaenCli#main} and {@link org.phaen.cli.PhaenCli#run} (the exit code,
 * with output and errors written to the given writers, as the tests use it); {@link org.phaen.cli.BadInputException}
 * for input a user must fix. The commands themselves are package-private; how a bundle contributes its own is in
 * docs/commands.md.
 * <p>
 * <b>Contract:</b> exit code 0 on success, 1 when the job failed (validation errors, a refused file), 2 for bad input
 * (an unreadable or malformed file, bad arguments: one line on stderr); every command answers {@code --help}. Input
 * plan files are never changed unless a command says it saves them (safe save).
 * <p>
 * <b>Threads:</b> a command runs on the caller's thread and owns the models it loads; {@code run} may be called
 * again in the same JVM (tests do), but not concurrently on shared files.
 */
package org.phaen.cli;
