/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A shared store on a real PostgreSQL server: the one named by {@code phaen.test.postgres.url}, which
 * {@code .ci/run} starts with releng/scripts/start-postgres.sh. Without it these tests are skipped, visibly.
 */
class PostgresStoreTest extends StoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private String url;

    private static String property(String name) {
        String value = System.getProperty("phaen.test.postgres." + name);
        // Maven passes an unset environment variable on as "null" or as the unresolved expression.
        return value == null || value.isBlank() || value.equals("null") || value.startsWith("${") ? null : value;
    }

    /** A database of its own for each test, so each starts empty. */
    @BeforeEach
    void createDatabase() throws Exception {
        String base = property("url");
        assumeTrue(
                base != null,
                "PostgreSQL store tests SKIPPED: no server given (set PHAEN_TEST_POSTGRES_URL, USER,"
                        + " PASSWORD; releng/scripts/start-postgres.sh starts one)");
        String name = "store_" + RUN + "_" + DATABASES.incrementAndGet();
        try (MonitoringStore admin = MonitoringStore.open(base, property("user"), property("password"));
                Connection c = admin.connection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        url = base.substring(0, base.lastIndexOf('/') + 1) + name;
    }

    /** A client that asks for TLS ({@code sslmode=require} in the URL) never falls back to clear text: this server has none. */
    @Test
    void sslModeInTheUrlIsHonoured() {
        SQLException refused = assertThrows(
                SQLException.class,
                () -> MonitoringStore.open(url + "?sslmode=require", property("user"), property("password")));
        assertTrue(refused.getMessage().contains("SSL"), refused.getMessage());
    }

    @Override
    MonitoringStore newStore() throws Exception {
        return sameStoreAgain();
    }

    @Override
    MonitoringStore sameStoreAgain() throws Exception {
        return MonitoringStore.open(url, property("user"), property("password"));
    }
}
