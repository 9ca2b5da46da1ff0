/**
 * Synthetic national-scale plans for benchmarks and tests ({@code phaen generate-sample}, {@code phaen bench}).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.model.sample.SyntheticPlanGenerator#generate(int, int)}: a regional
 * plan and, per province, a provincial plan aligned to it and an action plan of projects.
 * <p>
 * <b>Contract:</b> a new generator is deterministic for a given size (its random numbers are seeded), so
 * benchmark files are reproducible; the data is made up (the model is marked as example data) and the text
 * only looks Thai.
 * <p>
 * <b>Threads:</b> a generator keeps its random sequence: use one generator per thread. The models it builds
 * share nothing.
 */
package org.phaen.model.sample;
