/**
 * Layout of diagram graphs with the Eclipse Layout Kernel's layered algorithm, keeping the positions a user pinned.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.layout.ElkLayout#layout} with the pins of the diagram
 * ({@link org.phaen.diagram.layout.Pin}, by node id).
 * <p>
 * <b>Contract:</b> lays the whole graph out in the description's direction, containers with their contents in one
 * pass; pinned nodes then go exactly where the user left them, the nodes they cover move along the flow and edges
 * whose ends moved are redrawn. The layered algorithm is registered with ELK explicitly, so the same code works inside
 * and outside OSGi.
 * <p>
 * <b>Threads:</b> works on the graph only, never the model, so it may run off the thread that owns the plan (the
 * diagram server lays out there); one layout per graph at a time.
 */
package org.phaen.diagram.layout;
