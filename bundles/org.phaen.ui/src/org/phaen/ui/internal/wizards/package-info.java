/**
 * The workbench's wizards: new plans (empty, the samples, or aligned to a regional plan), and plans imported and
 * exported as JSON or alignment sheets.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.ui.internal.wizards.NewPlanWizard}, {@link org.phaen.ui.internal.wizards.NewAlignedPlanWizard},
 * {@link org.phaen.ui.internal.wizards.ImportPlanWizard}, {@link org.phaen.ui.internal.wizards.ExportPlanWizard} (declared in
 * {@code plugin.xml}); {@link org.phaen.ui.internal.wizards.PlanTemplates}; {@link org.phaen.ui.internal.wizards.AlignmentImport}.
 * <p>
 * <b>Contract:</b> new plan files go into the {@code Plans} project with checked names and are opened in the plan
 * editor; a JSON plan imports as a new file; an alignment sheet goes into the plan open in its editor as one undoable
 * command, all or nothing; exports write the saved file.
 * <p>
 * <b>Threads:</b> the UI thread, which also owns every open plan's editing domain.
 */
package org.phaen.ui.internal.wizards;
