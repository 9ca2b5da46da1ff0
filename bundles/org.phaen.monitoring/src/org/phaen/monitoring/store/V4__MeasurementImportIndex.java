/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 4: a measurement's import named by a plain index instead of a foreign key to the ledger. The key was
 * checked for every row inserted (a probe of the ledger's primary key, about a tenth of an import's time in Derby),
 * while its one writer, {@link BatchWriter}, takes the id from the ledger row it inserted just before in the same
 * transaction, and {@link ImportRemoval} deletes the rows before the ledger row. The index stays for the removal.
 */
public class V4__MeasurementImportIndex extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        String reference = ledgerReference(c.getMetaData());
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE measurement DROP CONSTRAINT \"" + reference + "\"");
            s.execute("CREATE INDEX measurement_import ON measurement (import_id)");
        }
    }

    /** The foreign key's name, made up by the database (schema 1 did not name it). */
    private static String ledgerReference(DatabaseMetaData meta) throws SQLException {
        // Derby keeps unquoted names in upper case, PostgreSQL in lower case.
        for (String table : new String[] {"MEASUREMENT", "measurement"}) {
            try (ResultSet keys = meta.getImportedKeys(null, null, table)) {
                while (keys.next()) {
                    if ("import_ledger".equalsIgnoreCase(keys.getString("PKTABLE_NAME"))) {
                        return keys.getString("FK_NAME");
                    }
                }
            }
        }
        throw new SQLException("the measurement table has no foreign key to import_ledger");
    }
}
