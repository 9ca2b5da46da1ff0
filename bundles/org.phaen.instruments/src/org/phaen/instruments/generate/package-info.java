/**
 * Generates the evaluation instruments of a fiscal year's monitoring plan from the plan itself: progress
 * reports, KPI collection sheets, satisfaction surveys, monitoring checklists, site-visit forms and
 * summary-report templates.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.instruments.generate.InstrumentGenerator#generate} with an
 * {@link org.phaen.instruments.generate.InstrumentScope} (an action plan, a project or indicators) and the kinds
 * wanted, giving a {@link org.phaen.instruments.generate.GenerationResult}. One
 * {@link org.phaen.instruments.generate.ItemPlanner} per kind decides the items
 * ({@link org.phaen.instruments.generate.PlannedItem}, {@link org.phaen.instruments.generate.PlannedScale}).
 * <p>
 * <b>Contract:</b> instruments are model elements created or updated in the monitoring plan. Regenerating
 * keeps a planner's work: items marked {@code userEdited} and items added by hand stay as they are, generated
 * items follow the plan (matched by a key that names what they are about by UUID), and the instrument's
 * version goes up when anything changed. Missing data never stops generation: it leaves a blank and a warning
 * naming what is missing.
 * <p>
 * <b>Threads:</b> {@code generate} changes the model: call it on the thread that owns the plan, inside a
 * command when an editing domain is involved (the workbench runs it as one undoable command).
 */
package org.phaen.instruments.generate;
