/**
 * The store benchmark behind {@code phaen bench store}.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.monitoring.internal.bench.StoreBenchmark#run}: 1,000,000 measurements imported
 * into a fresh embedded Derby store as 100 files, then the progress dashboard's query timed repeatedly.
 * <p>
 * <b>Contract:</b> creates and deletes its own temporary store; prints figures, asserts nothing. Not an API
 * for other programs: its output may change with the benchmark.
 * <p>
 * <b>Threads:</b> runs on the caller's thread.
 */
package org.phaen.monitoring.internal.bench;
