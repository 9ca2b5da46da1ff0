/**
 * The diagram benchmark behind {@code phaen bench diagram} (its headless part).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.internal.bench.DiagramBenchmark#run} (the figures printed) and
 * {@link org.phaen.diagram.internal.bench.DiagramBenchmark#strategyMap} (build, ELK layout and SVG timed on a synthetic
 * plan).
 * <p>
 * <b>Contract:</b> prints medians after warm-up; asserts nothing. Not an API for other programs: its figures and
 * output may change with the benchmark.
 * <p>
 * <b>Threads:</b> runs on the caller's thread on models it builds itself.
 */
package org.phaen.diagram.internal.bench;
