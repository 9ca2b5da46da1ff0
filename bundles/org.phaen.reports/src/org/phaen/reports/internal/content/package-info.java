/**
 * The sections reports share (indicators, projects, budget by source), built as report content from assessed
 * results.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.internal.content.IndicatorSection},
 * {@link org.phaen.reports.internal.content.ProjectSection} and {@link org.phaen.reports.internal.content.BudgetSection}
 * ({@code blocks}, {@code table}); {@link org.phaen.reports.internal.content.SourceBudget};
 * {@link org.phaen.reports.internal.content.ThaiTexts} for the shared Thai wording.
 * <p>
 * <b>Contract:</b> sections name organisations, never the responsible person, so the same tables serve the
 * public site. They produce {@link org.phaen.reports.internal.document.Block}s only; formats are the writers' business.
 * <p>
 * <b>Threads:</b> reads the plan: call it on the thread that owns the model, or while nothing changes the plan
 * (the workbench runs reports under a modal progress dialog).
 */
package org.phaen.reports.internal.content;
