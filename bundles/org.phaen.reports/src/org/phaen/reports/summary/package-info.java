/**
 * The summary of an action plan's results against the strategic issues of its strategic plan, with the plan's
 * budget and the reporting schedule's compliance.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.summary.ActionPlanSummary#of} and
 * {@link org.phaen.reports.summary.SummaryReport#of} (as a {@link org.phaen.reports.internal.document.Report});
 * {@link org.phaen.reports.summary.ScheduleCompliance#of} (each scheduled report with its delivery and
 * {@link org.phaen.reports.summary.DeliveryState}).
 * <p>
 * <b>Contract:</b> a project is listed under every issue it serves (by strategy or measured indicator) and
 * counted once in the plan's totals; projects serving none are grouped at the end. Late, overdue and short-sent
 * reports are flagged as of the day given.
 * <p>
 * <b>Threads:</b> reads the plan: call it on the thread that owns the model, or while nothing changes the plan
 * (the workbench runs reports under a modal progress dialog).
 */
package org.phaen.reports.summary;
