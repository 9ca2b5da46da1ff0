/**
 * The benchmark harness of the {@code phaen bench} commands that time Phaen against the bare library on the same
 * work ({@code bench load}, {@code bench validate}, {@code bench instruments}).
 * <p>
 * <b>Entry point:</b> {@link org.phaen.cli.spi.internal.bench.Turns} (warm-up until the JIT is quiet, then rounds in
 * turns, medians in wall and CPU time).
 * <p>
 * <b>Contract:</b> not an API: exported only to the bundles whose bench commands use it ({@code x-friends}); its
 * output may change with the benchmarks.
 * <p>
 * <b>Threads:</b> runs the actions on the caller's thread.
 */
package org.phaen.cli.spi.internal.bench;
