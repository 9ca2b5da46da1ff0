/**
 * The plan book on the command line: {@code phaen book} and {@code phaen bench book}, contributed through the CLI SPI.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.book.cli.BookCommands} (the contribution ServiceLoader and Declarative Services find).
 * <p>
 * <b>Contract:</b> exit 0 when every file was written, 2 for bad input (one line on stderr), 1 when writing failed;
 * progress on stderr, one {@code wrote FILE} line per file on stdout.
 * <p>
 * <b>Threads:</b> picocli calls the commands on the main thread.
 */
package org.phaen.book.cli;
