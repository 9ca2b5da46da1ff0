/**
 * The diagram editor in the workbench: the GLSP web client in an SWT Browser beside the plan editor, and the Plan
 * menu's commands that open diagrams and export them as images.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.ui.OpenDiagramHandler#open} (a diagram of a kind for a plan
 * editor; the command {@code org.phaen.diagram.ui.open} with parameter {@code org.phaen.diagram.ui.type});
 * {@link org.phaen.diagram.ui.DiagramEditor} with its {@link org.phaen.diagram.ui.DiagramEditorInput};
 * {@link org.phaen.diagram.ui.DiagramServers#get()} (the workbench's one diagram server, started on first use).
 * <p>
 * <b>Contract:</b> a diagram editor works on its plan editor's editing domain: undo, redo, the dirty mark and save
 * are the plan editor's; selection goes both ways between the diagram and the other views, and the Properties view
 * shows the plan editor's tabs. The server lives as long as the workbench's JVM.
 * <p>
 * <b>Threads:</b> parts, handlers and the browser run on the UI thread, which also owns the plan's editing domain;
 * the diagram server starts in the background and editors wait for it without blocking the UI thread.
 */
package org.phaen.diagram.ui;
