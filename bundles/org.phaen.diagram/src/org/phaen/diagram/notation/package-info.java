/**
 * The notation file beside a plan ({@code plan.phaen.notation}, JSON): what a user fixed by hand in its diagrams,
 * kept apart from the plan so plan files stay clean.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.notation.NotationFile} ({@code of}, {@code load}, {@code save});
 * {@link org.phaen.diagram.notation.Notation} (pins per diagram kind and node id; {@code dropStale} for elements
 * that are gone).
 * <p>
 * <b>Contract:</b> pins are keyed by node id ({@code uuid/mappingId}), so they survive renames; a missing file is
 * an empty notation; saving writes a temporary file in the same folder, forces it to disk and renames it atomically
 * over the old one.
 * <p>
 * <b>Threads:</b> a {@code Notation} is not synchronised: one thread at a time. Loading with a resource set reads the
 * plans: on the thread that owns them.
 */
package org.phaen.diagram.notation;
