/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few places Derby and PostgreSQL differ for this store. The schema and the queries are standard SQL;
 * what differs is how the server names itself and how it reports a duplicate key.
 */
enum StoreDialect {
    DERBY,
    POSTGRESQL;

    static StoreDialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("derby")) {
            return DERBY;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new SQLException(
                "unsupported database '" + product + "': Phaen's monitoring store runs on Derby or PostgreSQL");
    }

    /**
     * Derby locks every inserted row and its lock manager slows down with thousands of locks in one transaction;
     * a table lock taken first makes large imports several times faster (imports then follow one another, which
     * they would for the running totals anyway). PostgreSQL's row locks are cheap: nothing to do there.
     */
    void lockForImport(Connection connection) throws SQLException {
        if (this == DERBY) {
            try (var s = connection.createStatement()) {
                s.execute("LOCK TABLE measurement IN EXCLUSIVE MODE");
            }
        }
    }

    /** SQLSTATE 23505 (unique violation) in both; Derby wraps it in a chain, so walk the chain. */
    boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if ("23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && cause != e && isDuplicateKey(cause);
    }
}
