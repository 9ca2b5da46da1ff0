/**
 * Validation findings as Problems-view markers on plan files, and quick fixes for the rules whose repair is obvious.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.problems.ProblemMarkers} (findings to markers, one per finding with its
 * rule and element); {@link org.phaen.ui.problems.PlanWorkspace} (a plan file as a workspace resource, linking files
 * from elsewhere into the {@code Plans} project); {@link org.phaen.ui.problems.QuickFixes} (the marker resolution
 * generator declared in {@code plugin.xml}).
 * <p>
 * <b>Contract:</b> a quick fix is one command on the plan editor's stack (the editor is opened if needed), so it can
 * be undone and live validation removes its marker. Files outside the workspace stay where they are: they are linked,
 * not copied.
 * <p>
 * <b>Threads:</b> the UI thread; markers are workspace resources and are changed there too.
 */
package org.phaen.ui.problems;
