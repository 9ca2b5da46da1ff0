/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.internal.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.phaen.monitoring.data.Measurement;

/**
 * The anchor of {@code bench store}: the same measurement rows written by plain JDBC into a fresh embedded Derby (the
 * measurement table with the store's columns and key, no ledger, no running totals, no checks), with one prepared
 * statement, batches of 1,000 and one commit per file, as the files come. Same JVM, so the same Derby settings.
 */
final class RawJdbcInsert implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final Connection connection;
    private final PreparedStatement insert;

    RawJdbcInsert(Path folder) throws SQLException {
        dataSource.setDatabaseName(folder.toAbsolutePath().toString());
        dataSource.setCreateDatabase("create");
        connection = dataSource.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE measurement (indicator_uuid VARCHAR(36) NOT NULL, agency_uuid VARCHAR(36) NOT NULL,"
                    + " period_uuid VARCHAR(36) NOT NULL, measured_value DECIMAL(19,4) NOT NULL, evidence VARCHAR(4000),"
                    + " source VARCHAR(1000), import_id BIGINT NOT NULL,"
                    + " CONSTRAINT measurement_key PRIMARY KEY (period_uuid, agency_uuid, indicator_uuid))");
        }
        connection.setAutoCommit(false);
        insert = connection.prepareStatement(
                "INSERT INTO measurement (indicator_uuid, agency_uuid, period_uuid, measured_value,"
                        + " evidence, source, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    /** One file's rows, committed together. */
    void insert(List<Measurement> rows, long fileId) throws SQLException {
        int n = 0;
        for (Measurement m : rows) {
            insert.setString(1, m.indicator());
            insert.setString(2, m.agency());
            insert.setString(3, m.period());
            insert.setBigDecimal(4, m.value());
            insert.setString(5, m.evidence());
            insert.setString(6, m.source());
            insert.setLong(7, fileId);
            insert.addBatch();
            if (++n % BATCH == 0) {
                insert.executeBatch();
            }
        }
        insert.executeBatch();
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        connection.close();
        dataSource.setCreateDatabase(null);
        dataSource.setShutdownDatabase("shutdown");
        try {
            dataSource.getConnection().close();
        } catch (SQLException shutDown) {
            // Derby reports a shut-down database with SQLState 08006
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
    }
}
