/**
 * The plan editor: a plan file open for editing, its tree, Outline, validation markers and undo/redo.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.editor.PlanEditor} (editor id in {@code plugin.xml}; its
 * {@code getEditingDomain()} is the one every view and the diagram editor edit through);
 * {@link org.phaen.ui.editor.OpenPlan} (the plan's resource set, editing domain and item providers);
 * {@link org.phaen.ui.editor.UndoRedoActions}.
 * <p>
 * <b>Contract:</b> every change to an open plan is a command on the editor's command stack: undo, redo and the dirty
 * mark follow from it, and saving goes through the safe save. A file that fails to load is refused with file and line,
 * and the backup of the last good save is offered. Validation runs on open and save and, after each edit, on what the
 * edit can affect.
 * <p>
 * <b>Threads:</b> the UI thread, which also owns every open plan's editing domain.
 */
package org.phaen.ui.editor;
