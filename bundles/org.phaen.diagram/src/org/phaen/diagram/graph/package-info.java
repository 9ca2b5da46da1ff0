/**
 * The neutral diagram graph the engine builds: nodes (nested in containers), edges and badges, with the geometry
 * the layout writes into them; the SVG export and the GLSP server both draw from it.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.graph.DiagramGraph} ({@code nodes}, {@code roots}, {@code edges},
 * {@code node(id)}), {@link org.phaen.diagram.graph.Node}, {@link org.phaen.diagram.graph.Edge},
 * {@link org.phaen.diagram.graph.Badge}, {@link org.phaen.diagram.graph.Point}.
 * <p>
 * <b>Contract:</b> ids are stable across builds ({@code uuid/mappingId} for nodes,
 * {@code mappingId:sourceId->targetId} for edges); node positions are relative to the parent node, as in ELK and GLSP;
 * edge routes are in diagram coordinates. The graph holds no model objects, only their UUIDs.
 * <p>
 * <b>Threads:</b> mutable while the engine and the layout fill it, not synchronised: one thread at a time; hand it
 * on only when it is complete.
 */
package org.phaen.diagram.graph;
