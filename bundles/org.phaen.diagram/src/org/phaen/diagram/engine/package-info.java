/**
 * The diagram engine: reads a description over a plan and builds the neutral diagram graph, with label lines,
 * node sizes and decorations (indicator badges coloured by status, unaligned elements flagged).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.engine.DiagramEngine#build} (a
 * {@link org.phaen.diagram.graph.DiagramGraph} from a description and a resource set or root element);
 * {@link org.phaen.diagram.engine.TextMeasure} and {@link org.phaen.diagram.engine.FontTextMeasure#sarabun()} for
 * label metrics; {@link org.phaen.diagram.engine.StatusSource} for indicator statuses (the store is reached through
 * an adapter: this bundle does not depend on it); {@link org.phaen.diagram.engine.NodeSizer}.
 * <p>
 * <b>Contract:</b> one engine for every description: nothing here knows a particular diagram. Node and edge ids
 * are stable across builds ({@code uuid/mappingId}), so the server and the notation file can refer to them. Cross-file
 * references that do not resolve drop out. The engine only reads the model.
 * <p>
 * <b>Threads:</b> {@code build} reads the model: call it on the thread that owns the plan (the diagram server does).
 * The graph it returns belongs to the caller.
 */
package org.phaen.diagram.engine;
