/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.PackageReceipt;
import org.phaen.monitoring.data.ReportDelivery;

/**
 * The monitoring store: embedded Derby by default (a folder, created on first use), or a shared Derby
 * Network Server or PostgreSQL chosen by JDBC URL. Opening brings the schema up to date. Each import is one
 * transaction: all of a file's rows or none, and a file whose content was imported before counts once.
 */
public final class MonitoringStore implements AutoCloseable {

    private final DataSource dataSource;
    private final StoreDialect dialect;

    private MonitoringStore(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        if (dataSource instanceof org.apache.derby.jdbc.EmbeddedDataSource embedded) {
            EmbeddedDatabases.opened(embedded);
        }
        try (Connection c = dataSource.getConnection()) {
            this.dialect = StoreDialect.of(c);
        } catch (SQLException e) {
            close();
            throw StoreInUseException.explained(dataSource, e);
        }
        Schema.migrate(dataSource);
    }

    /** The default store: embedded Derby in {@code folder}. */
    public static MonitoringStore embedded(Path folder) throws SQLException {
        return new MonitoringStore(DataSources.embedded(folder));
    }

    /** Where the embedded store of a plan lives by default: {@code PLAN.store} beside the plan file. */
    public static Path defaultFolder(Path planFile) {
        Path plan = planFile.toAbsolutePath();
        return plan.resolveSibling(plan.getFileName().toString().replaceFirst("\\.phaen$", "") + ".store");
    }

    /** {@code jdbc:derby:FOLDER}, {@code jdbc:derby://HOST:PORT/NAME} or {@code jdbc:postgresql://HOST:PORT/NAME}. */
    public static MonitoringStore open(String url, String user, String password) throws SQLException {
        return new MonitoringStore(DataSources.of(url, user, password));
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    public StoreQueries queries() {
        return new StoreQueries(dataSource);
    }

    /** The stored rows as records, for packages. */
    public StoreRows rows() {
        return new StoreRows(dataSource);
    }

    public StoreRecords records() {
        return new StoreRecords(dataSource);
    }

    public ImportResult importBatch(ImportBatch batch, KnownElements known) throws SQLException {
        List<String> errors = BatchCheck.errors(batch, known);
        if (!errors.isEmpty()) {
            return ImportResult.rejected(errors);
        }
        // A second try covers two imports creating the same running total at once; anything else fails twice.
        for (int attempt = 1; ; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    dialect.lockForImport(c);
                    long id = new BatchWriter(c).write(batch);
                    c.commit();
                    return ImportResult.imported(id, batch.rowCount());
                } catch (SQLException e) {
                    c.rollback();
                    c.setAutoCommit(true); // the questions below read committed rows only
                    if (!dialect.isDuplicateKey(e)) {
                        throw e;
                    }
                    EarlierImports earlier = new EarlierImports(c);
                    // Clashes first: reading them waits for a concurrent import of this very file to commit,
                    // so the ledger asked next already shows it, and that is "imported before", not a clash.
                    List<String> clashes = earlier.clashes(batch);
                    OptionalLong same = earlier.sameFile(batch.sha256());
                    if (same.isPresent()) {
                        return ImportResult.already(same.getAsLong());
                    }
                    if (!clashes.isEmpty()) {
                        return ImportResult.rejected(clashes);
                    }
                    if (attempt == 3) {
                        return ImportResult.rejected(
                                List.of("a row of this file is already stored: " + e.getMessage()));
                    }
                }
            }
        }
    }

    /**
     * Stores a package's rows and deliveries in one transaction (see {@link ReceiveResult} for the outcomes). Rows that
     * do not fit the plans ({@code known}) or clash with rows another import stored are rejected, nothing written.
     */
    public ReceiveResult receivePackage(
            PackageReceipt receipt, ImportBatch rows, List<ReportDelivery> deliveries, KnownElements known)
            throws SQLException {
        List<String> errors = BatchCheck.errors(rows, known);
        if (!errors.isEmpty()) {
            return ReceiveResult.rejected(errors);
        }
        try (Connection c = dataSource.getConnection()) {
            return new PackageReceiver(c, dialect).receive(receipt, rows, deliveries);
        } catch (SQLException e) {
            if (!dialect.isDuplicateKey(e)) {
                throw e;
            }
            try (Connection c = dataSource.getConnection()) {
                List<String> clashes = new EarlierImports(c).clashes(rows);
                return ReceiveResult.rejected(
                        clashes.isEmpty()
                                ? List.of("a row of this package is already stored: " + e.getMessage())
                                : clashes);
            }
        }
    }

    /** An embedded database is shut down when its last store closes; servers keep running for their other clients. */
    @Override
    public void close() {
        if (dataSource instanceof org.apache.derby.jdbc.EmbeddedDataSource embedded) {
            EmbeddedDatabases.closed(embedded);
        }
    }
}
