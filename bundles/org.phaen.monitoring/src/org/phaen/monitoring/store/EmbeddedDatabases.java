/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Embedded Derby databases open in this JVM, counted by store: the last store closed shuts its database down
 * (closing its files cleanly), while other stores on the same folder, such as concurrent importers, go on.
 */
final class EmbeddedDatabases {

    private static final Map<String, Integer> OPEN = new HashMap<>();

    private EmbeddedDatabases() {}

    static synchronized void opened(EmbeddedDataSource ds) {
        OPEN.merge(ds.getDatabaseName(), 1, Integer::sum);
    }

    static synchronized void closed(EmbeddedDataSource ds) {
        String name = ds.getDatabaseName();
        if (OPEN.merge(name, -1, Integer::sum) > 0) {
            return;
        }
        OPEN.remove(name);
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(name);
        shutdown.setShutdownDatabase("shutdown");
        try (Connection c = shutdown.getConnection()) {
            // not reached: Derby answers a shutdown with an exception
        } catch (SQLException expected) {
            // 08006: database shut down
        }
    }
}
