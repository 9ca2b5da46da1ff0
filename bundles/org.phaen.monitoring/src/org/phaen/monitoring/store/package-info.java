/**
 * The monitoring store: what comes back from the field, kept in embedded Derby (the default), a shared Derby
 * Network Server or PostgreSQL, with one standard-SQL schema migrated by Flyway when a store opens.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.monitoring.store.MonitoringStore#embedded},
 * {@link org.phaen.monitoring.store.MonitoringStore#open} (by JDBC URL) and
 * {@link org.phaen.monitoring.store.MonitoringStore#defaultFolder} ({@code PLAN.store} beside a plan);
 * {@link org.phaen.monitoring.store.MonitoringStore#importBatch} with the plan's
 * {@link org.phaen.monitoring.store.KnownElements}, giving an {@link org.phaen.monitoring.store.ImportResult};
 * {@link org.phaen.monitoring.store.StoreQueries} for what the reports read;
 * {@link org.phaen.monitoring.store.StoreRecords} for meetings and deliveries;
 * {@link org.phaen.monitoring.store.DerbyServer} for a shared office server (with
 * {@link org.phaen.monitoring.store.ServerTls} for TLS).
 * <p>
 * <b>Contract:</b> each import is one transaction: all of a file's rows or none. Every row is checked against
 * the plan first (each UUID must name an element of the right kind) and all problems are reported. The file's
 * SHA-256 goes into a ledger with a unique key, so a file imported twice counts once, and a row another file
 * already reported is refused naming that file. Rows name plan elements by UUID only; the store never holds a
 * copy of the plan. Close a store when done: the last store closed on an embedded folder shuts its database
 * down. An embedded store opens in one process at a time; another process gets a
 * {@link org.phaen.monitoring.store.StoreInUseException}. The server's databases are its own: clients name one
 * inside its home and create none.
 * <p>
 * <b>Threads:</b> a store holds only its data source: every operation takes its own connection and
 * transaction, so one store may serve several threads, and several stores (threads, or processes on a server)
 * may import into one database at once. Derby's engine settings are JVM-wide and fixed when the engine boots.
 */
package org.phaen.monitoring.store;
