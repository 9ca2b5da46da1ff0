/**
 * Plans compared and merged element by element, matched by the UUID every element has (no names, codes or
 * positions are matched on).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.compare.PlanDiff#compare} (two versions: added, removed, moved, changed,
 * reordered), {@link org.phaen.compare.ThreeWayMerge#merge} (base, mine, theirs: one-sided changes taken, conflicts
 * listed and resolved only for a preferred side), {@link org.phaen.compare.DiffText} and
 * {@link org.phaen.compare.ConflictText} (Thai or English lines naming elements by kind, code and name).
 * <p>
 * <b>Contract:</b> the plans given are read, never changed; a merge builds a new plan. Links into other files are
 * compared by the UUID they lead to and kept as they were. The matching and the conflict kinds are described in
 * {@code docs/compare.md}.
 * <p>
 * <b>Threads:</b> works on the caller's thread with plans confined to it.
 */
package org.phaen.compare;
