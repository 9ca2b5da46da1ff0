/**
 * A diagram client's session state and how the plan becomes GLSP's model: opening and saving the plan file,
 * building, laying out and converting the graph, palette and type hints, validation markers, and refreshing when
 * the plan changes elsewhere.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.server.model.PlanSessions} (the workbench registers a plan editor's
 * editing domain, the thread that owns it and the indicator statuses for a plan file, so diagrams share them, and
 * closes the returned {@link org.phaen.diagram.server.model.PlanSession} with the diagram editor);
 * {@link org.phaen.diagram.server.model.PlanModelState} (the plan, its domain, description, notation and the graph
 * last sent; {@code execute}, {@code undo}, {@code redo}, {@code read});
 * {@link org.phaen.diagram.server.model.PlanGModelFactory}; {@link org.phaen.diagram.server.model.CreationTypes}
 * (palette element type ids); {@link org.phaen.diagram.server.model.ReferencePath} (making and removing a link).
 * <p>
 * <b>Contract:</b> a diagram of a plan open in the plan editor edits through the editor's command stack (one undo
 * history, one dirty mark, one save) and never flushes it; a plan opened by no editor gets a domain of its own.
 * The model is rebuilt after every change with the engine and ELK, keeping pinned positions; nodes carry the worst
 * validation finding on their element. Edits made elsewhere reach the client through the session's dispatcher; the
 * diagram's own edits are not sent twice.
 * <p>
 * <b>Threads:</b> the plan is read and changed only on the thread that owns its editing domain (the UI thread in the
 * workbench, through the executor registered with {@code PlanSessions}; registering and releasing are thread-safe): commands, undo, redo, graph building and
 * validation run there, wrapped by {@code PlanModelState}; layout runs on the calling GLSP thread.
 */
package org.phaen.diagram.server.model;
