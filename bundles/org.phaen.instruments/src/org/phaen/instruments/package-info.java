/**
 * Evaluation instruments written out as documents: the renderer contract, the renderers' registry, and what
 * every format shares (the form's layout, title block, fixed wording, safe output names).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.instruments.Renderers#available()} (the renderers by format name);
 * {@link org.phaen.instruments.InstrumentRenderer#render} with {@link org.phaen.instruments.RenderOptions};
 * {@link org.phaen.instruments.OutputFiles} for file names inside an output folder. Instruments themselves are
 * made by {@link org.phaen.instruments.generate.InstrumentGenerator}.
 * <p>
 * <b>Contract:</b> a renderer reads only the {@code EvaluationInstrument} element (so a planner's edits show in
 * every format), never changes the model, and writes one document to the stream it is given (the caller owns
 * and closes the stream). New formats implement {@code InstrumentRenderer} and are registered in
 * {@code META-INF/services/org.phaen.instruments.InstrumentRenderer}. {@link org.phaen.instruments.FormLayout}
 * and {@link org.phaen.instruments.TitleBlock} decide order, numbering and titles once, so the paper formats say
 * the same thing. {@code OutputFiles} never returns a path outside the folder, whatever codes a planner typed.
 * <p>
 * <b>Threads:</b> renderers are stateless and may run on any thread, provided nothing changes the instrument
 * while they read it (the workbench keeps the plan from being edited while it writes).
 */
package org.phaen.instruments;
