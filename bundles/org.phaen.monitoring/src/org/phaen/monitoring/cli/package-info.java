/**
 * The monitoring store's commands ({@code import}, {@code server}, {@code generate-collected}, {@code bench store}),
 * contributed to the command line by {@link org.phaen.monitoring.cli.MonitoringCommands}.
 * <p>
 * <b>Entry points</b> for the bundles above this one (exported to {@code org.phaen.reports} only):
 * {@link org.phaen.monitoring.cli.StoreOptions}, the picocli mixin {@code --store DIR | --url URL [--user U]} and
 * {@code open(planFiles)}, which gives the embedded store beside the last plan unless told otherwise.
 * <p>
 * <b>Contract:</b> the commands keep the command line's exit codes (0, 1 when a file was refused, 2 for bad input);
 * the caller closes the store {@code open} returns.
 * <p>
 * <b>Threads:</b> on the command's thread; a store is used by one thread at a time.
 */
package org.phaen.monitoring.cli;
