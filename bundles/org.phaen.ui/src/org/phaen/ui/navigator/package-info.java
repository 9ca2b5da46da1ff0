/**
 * The Plan Navigator: the workspace's plan files and, in each, the plan's structure (issues, goals, the strategies
 * serving each goal, the projects carrying them out), with drag and drop that re-links or moves elements.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.navigator.PlanNavigator} (the view, id in {@code plugin.xml});
 * {@link org.phaen.ui.navigator.PlanStructure} (the structure as planners read it, shared with the editor's Outline).
 * <p>
 * <b>Contract:</b> the navigator reads plans read-only, in one resource set so links between files resolve, and
 * reads a file again when it changes on disk. A drop is done in the plan's editor (opened if needed) as one undoable
 * command; the navigator shows it once the plan is saved.
 * <p>
 * <b>Threads:</b> the UI thread, which also owns every open plan's editing domain.
 */
package org.phaen.ui.navigator;
