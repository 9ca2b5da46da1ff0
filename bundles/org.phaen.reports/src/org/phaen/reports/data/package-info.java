/**
 * What the reports need from the monitoring store, as the store's own records ({@code org.phaen.monitoring.data}:
 * indicator actuals, project progress, disbursements, report deliveries) keyed by model UUIDs.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.data.MonitoringFacts}, the narrow interface every report reads
 * ({@code indicatorActuals}, {@code projectProgress}, {@code disbursements}, {@code deliveries}, each for the given
 * periods or scheduled reports); {@link org.phaen.reports.data.InMemoryFacts} for tests, examples and data that
 * never went through a store ({@link org.phaen.reports.store.StoreFacts} reads a real store).
 * <p>
 * <b>Contract:</b> the reports never see SQL and the store never sees a report format. An unknown UUID simply has
 * no records; amounts are exact ({@code BigDecimal}); an implementation wraps store failures in an unchecked
 * exception.
 * <p>
 * <b>Threads:</b> the records and {@code InMemoryFacts} are immutable and may be shared; other implementations
 * say their own rule ({@code StoreFacts} may be used from any thread).
 */
package org.phaen.reports.data;
