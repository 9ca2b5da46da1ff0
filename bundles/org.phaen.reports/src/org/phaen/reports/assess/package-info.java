/**
 * Judging a fiscal year's indicators and projects as of a reporting period: the rules behind every status
 * colour in the dashboard, the summaries, the public site and the diagram badges.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.assess.ReportingScope} (the fiscal year, the cut-off and the
 * periods in scope); {@link org.phaen.reports.assess.IndicatorResults} and
 * {@link org.phaen.reports.assess.ProjectResults} over {@link org.phaen.reports.data.MonitoringFacts};
 * {@link org.phaen.reports.assess.IndicatorAssessment} (the status rules, in one place);
 * {@link org.phaen.reports.assess.PlanLinks} (monitoring plans and schedules across plan files).
 * <p>
 * <b>Contract:</b> each indicator is judged on its latest actual up to the cut-off: met, on track (reached the
 * straight-line value expected by then), behind, or no data; rates and levels take the agencies' mean,
 * quantities their sum. Disbursements from overlapping quarterly and cumulative rounds are counted once
 * ({@link org.phaen.reports.assess.DisbursedToDate}). Nothing here changes the model or the store.
 * <p>
 * <b>Threads:</b> reads the plan: call it on the thread that owns the model, or while nothing changes the plan
 * (the workbench runs reports under a modal progress dialog).
 */
package org.phaen.reports.assess;
