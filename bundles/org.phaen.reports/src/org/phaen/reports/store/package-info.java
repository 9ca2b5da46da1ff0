/**
 * The reports' view of a monitoring store: embedded Derby, the network server or PostgreSQL alike.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.store.StoreFacts}, a {@link org.phaen.reports.data.MonitoringFacts}
 * over an open {@code MonitoringStore}.
 * <p>
 * <b>Contract:</b> read-only; a store failure surfaces as {@link org.phaen.reports.store.StoreFacts.StoreUnavailable}
 * (unchecked). The caller opens and closes the store.
 * <p>
 * <b>Threads:</b> each query takes its own connection from the store: any thread.
 */
package org.phaen.reports.store;
