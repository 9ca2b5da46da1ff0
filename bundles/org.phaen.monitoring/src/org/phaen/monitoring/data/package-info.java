/**
 * What the monitoring store holds, as plain values. Every row names model elements by their UUIDs
 * (the {@code uuid} of {@link org.phaen.model.Identified}), so the store never holds a copy of the plan;
 * the store rejects a row that names an element the plan does not have.
 * <p>
 * <b>Entry points:</b> the row records ({@link org.phaen.monitoring.data.Measurement},
 * {@link org.phaen.monitoring.data.ProjectProgress}, {@link org.phaen.monitoring.data.Disbursement},
 * {@link org.phaen.monitoring.data.InstrumentResponse}, {@link org.phaen.monitoring.data.ReviewMeeting},
 * {@link org.phaen.monitoring.data.ReportDelivery}) and {@link org.phaen.monitoring.data.ImportBatch}, the rows of
 * one collected file; {@link org.phaen.monitoring.data.IndicatorActual}, an indicator's total over the agencies in a
 * period as the store computes it. The reports read these same records ({@code org.phaen.reports.data}).
 * <p>
 * <b>Contract:</b> a row without one of its keys cannot be made (a programming error, not bad data); amounts
 * are exact ({@code BigDecimal}); lists and maps are copied, so a row never changes.
 * <p>
 * <b>Threads:</b> immutable records: safe to share between threads.
 */
package org.phaen.monitoring.data;
