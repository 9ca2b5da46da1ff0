/**
 * Traceability of a plan: how its elements link up to higher plans, and a summary of one plan file.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.model.trace.Traceability} (the plan document of an element, its
 * upward links through alignments and implemented strategies, whether it reaches another plan document);
 * {@link org.phaen.model.trace.PlanSummary} (counts by kind, fiscal years, alignment coverage, as
 * {@code phaen info} prints them).
 * <p>
 * <b>Contract:</b> read-only: nothing here changes the model. Cross-file links that do not resolve are left
 * out rather than reported; validation's alignment rules report them.
 * <p>
 * <b>Threads:</b> run on the thread that owns the model; {@code Traceability} keeps no state.
 */
package org.phaen.model.trace;
