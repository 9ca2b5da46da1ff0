/**
 * Diagram descriptions: which model elements become nodes and edges, in what containers, with what shape,
 * style, label and decorations, as data read from JSON, in the spirit of Sirius viewpoints.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.description.Descriptions} (the shipped strategy map, alignment
 * and partner network, or {@code load(id)} for {@code <id>.json} beside it);
 * {@link org.phaen.diagram.description.DescriptionReader} for a description from elsewhere;
 * {@link org.phaen.diagram.description.DiagramDescription} with its {@link org.phaen.diagram.description.Mapping}s
 * and {@link org.phaen.diagram.description.EdgeMapping}s.
 * <p>
 * <b>Contract:</b> a description is immutable data and names the metamodel only by EClass and feature names and
 * reference paths ({@code plans[StrategicPlan].strategicIssues}); adding a diagram means adding a description,
 * not code in the engine. Styles may be named once and referred to by name; a style lists only what differs from
 * {@link org.phaen.diagram.description.Style#DEFAULT}.
 * <p>
 * <b>Threads:</b> immutable records: share freely; loading reads a class-path resource on the caller's thread.
 */
package org.phaen.diagram.description;
