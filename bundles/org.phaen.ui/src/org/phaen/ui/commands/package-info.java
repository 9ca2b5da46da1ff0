/**
 * The Plan menu's generation commands: instruments into the plan and into files, and reports from the monitoring
 * store.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.commands.GenerateInstrumentsHandler},
 * {@link org.phaen.ui.commands.GenerateReportsHandler}; {@link org.phaen.ui.commands.InstrumentGeneration} and
 * {@link org.phaen.ui.commands.ReportGeneration} (the work behind them); {@link org.phaen.ui.commands.StoreConnection}
 * (the store the preferences name, used by the diagram editor's badges too).
 * <p>
 * <b>Contract:</b> generating instruments is one undoable command on the plan editor's stack, as
 * {@code phaen instruments --update-model} does; files are written into the chosen folder under a progress dialog
 * that can be cancelled. Reports use the shared store the preferences name (password from
 * {@code PHAEN_STORE_PASSWORD}), else the embedded store beside the plan, which must exist.
 * <p>
 * <b>Threads:</b> handlers and the model command run on the UI thread; files are written in the progress dialog's
 * worker thread while the modal dialog keeps the plan from being edited.
 */
package org.phaen.ui.commands;
