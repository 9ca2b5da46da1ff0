/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.phaen.monitoring.store.MonitoringStore;

/**
 * A new empty store of each kind the store tests use: embedded Derby in a folder, and a database of its own on the
 * PostgreSQL server named by {@code phaen.test.postgres.url} (null when none is given: those cases are skipped).
 */
final class TestStores {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    private TestStores() {}

    static MonitoringStore fresh(String kind, Path dir) throws Exception {
        if (kind.equals("derby")) {
            return MonitoringStore.embedded(dir.resolve("region-" + DATABASES.incrementAndGet() + ".store"));
        }
        String base = property("url");
        if (base == null) {
            return null;
        }
        String name = "package_" + RUN + "_" + DATABASES.incrementAndGet();
        try (MonitoringStore admin = MonitoringStore.open(base, property("user"), property("password"));
                Connection c = admin.connection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return MonitoringStore.open(
                base.substring(0, base.lastIndexOf('/') + 1) + name, property("user"), property("password"));
    }

    private static String property(String name) {
        String value = System.getProperty("phaen.test.postgres." + name);
        return value == null || value.isBlank() || value.equals("null") || value.startsWith("${") ? null : value;
    }

    /** Every row a package could have left: none means nothing was imported. */
    static long rows(MonitoringStore store) throws Exception {
        long total = 0;
        for (String table : new String[] {
            "measurement",
            "measurement_total",
            "project_progress",
            "disbursement",
            "instrument_response",
            "response_answer",
            "report_delivery",
            "import_ledger",
            "package_receipt"
        }) {
            total += store.queries().count(table);
        }
        return total;
    }
}
