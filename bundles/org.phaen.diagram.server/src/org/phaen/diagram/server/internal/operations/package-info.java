/**
 * GLSP operation handlers: what the diagram's editing gestures do to the plan. Creating nodes and links from the
 * palette, deleting, renaming in place, moving and resizing (pins), and re-layout.
 * <p>
 * <b>Entry points:</b> the handlers GLSP finds through {@link org.phaen.diagram.server.PhaenDiagramModule}:
 * {@link org.phaen.diagram.server.internal.operations.CreateNodeHandler}, {@link org.phaen.diagram.server.internal.operations.CreateEdgeHandler},
 * {@link org.phaen.diagram.server.internal.operations.DeleteHandler}, {@link org.phaen.diagram.server.internal.operations.RenameHandler},
 * {@link org.phaen.diagram.server.internal.operations.MoveHandler}, {@link org.phaen.diagram.server.internal.operations.RelayoutHandler}.
 * <p>
 * <b>Contract:</b> each gesture is one EMF command on the plan's stack, so it is undone and redone like any other
 * edit; a new element and its pin go together. Creation handlers list the element type ids of the diagram type's
 * palette (GLSP finds them by type id). Deleting a node deletes its element and every reference to it; deleting an
 * edge removes the link, never the elements. Pins live in the notation file, written at once, never in the plan.
 * <p>
 * <b>Threads:</b> handlers build commands; {@code PlanModelState} executes them on the thread that owns the plan.
 */
package org.phaen.diagram.server.internal.operations;
