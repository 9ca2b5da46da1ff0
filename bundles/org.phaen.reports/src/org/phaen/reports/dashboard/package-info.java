/**
 * The progress dashboard of one monitoring plan for a fiscal year, as of one of its periods or the whole year.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.dashboard.ProgressDashboard#of} (the assessed indicators,
 * projects and budget by source) and {@link org.phaen.reports.dashboard.DashboardReport#of} (that dashboard as a
 * {@link org.phaen.reports.internal.document.Report} for the writers).
 * <p>
 * <b>Contract:</b> covers the indicators with a target that year of the monitored action plans' strategic plans
 * and projects; the status rules are {@link org.phaen.reports.assess.IndicatorAssessment}'s and are printed
 * under the table.
 * <p>
 * <b>Threads:</b> reads the plan: call it on the thread that owns the model, or while nothing changes the plan
 * (the workbench runs reports under a modal progress dialog).
 */
package org.phaen.reports.dashboard;
