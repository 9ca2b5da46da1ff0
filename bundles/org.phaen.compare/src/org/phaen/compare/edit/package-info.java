/**
 * A difference between two versions of a plan copied from one version to the other as one EMF command: what the
 * workbench's Compare With runs on its editing domain's command stack, so each copy is undone in one step.
 * <p>
 * <b>Entry point:</b> {@link org.phaen.compare.edit.ChangeCopy#create}.
 * <p>
 * <b>Contract:</b> the command changes only the destination version, so that the difference is gone afterwards;
 * links to elements of the source's own file are led to the destination's element with the same UUID, links into
 * other files stay as they were. A copy that cannot be made yet (its place, or an element it links to, is not in the
 * destination) is not executable.
 * <p>
 * <b>Threads:</b> on the thread that owns the editing domain.
 */
package org.phaen.compare.edit;
