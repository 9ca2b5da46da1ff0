/**
 * Diagrams as files: SVG written from a laid-out graph, PNG drawn from that SVG by JSVG with the shipped Sarabun
 * ({@code phaen diagram}, Plan &gt; Export Diagram Image).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.diagram.svg.DiagramFiles} ({@code laidOut} a diagram of the plans in a
 * resource set with its pins, {@code write} as SVG or PNG by the file's extension);
 * {@link org.phaen.diagram.svg.SvgExport}; {@link org.phaen.diagram.svg.PngExport}.
 * <p>
 * <b>Contract:</b> standalone UTF-8 SVG with Thai labels as text and no scripts, laid out as the diagram editor
 * shows it; characters XML cannot carry are dropped. PNGs of large diagrams are scaled down to fit a size limit.
 * <p>
 * <b>Threads:</b> the exports work on a graph and may run on any thread; {@code DiagramFiles.laidOut} reads the
 * plans, so it runs on the thread that owns them.
 */
package org.phaen.diagram.svg;
