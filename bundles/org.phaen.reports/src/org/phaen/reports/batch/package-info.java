/**
 * The reports of one reporting period as files: the progress dashboard and one summary per action plan, each
 * in the formats asked for.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.batch.ReportBatch#jobs} (one job per report, so a caller can show
 * progress and stop between reports), {@link org.phaen.reports.batch.ReportBatch#write} (a job's files) and
 * {@link org.phaen.reports.batch.ReportBatch#lastEnded} (the default period: the one that ended last by a day).
 * <p>
 * <b>Contract:</b> used by {@code phaen report} and the workbench's Generate Reports alike, so both write the
 * same files; file names come from codes and stay inside the output folder.
 * <p>
 * <b>Threads:</b> reads the plan: call it on the thread that owns the model, or while nothing changes the plan
 * (the workbench runs reports under a modal progress dialog).
 */
package org.phaen.reports.batch;
