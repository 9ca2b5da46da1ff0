/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ProjectProgress;

/**
 * Why a batch hit a duplicate key: the same file imported before, or rows another file already reported.
 * Only asked after a failed write, so the common path pays nothing for it.
 */
final class EarlierImports {

    private final Connection c;

    EarlierImports(Connection connection) {
        this.c = connection;
    }

    OptionalLong sameFile(String sha256) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM import_ledger WHERE sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? OptionalLong.of(r.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Rows whose key is already stored, with the file that stored it. */
    List<String> clashes(ImportBatch batch) throws SQLException {
        List<String> errors = new ArrayList<>();
        String from = " FROM import_ledger l JOIN %s t ON t.import_id = l.id WHERE %s";
        try (PreparedStatement m = c.prepareStatement("SELECT l.source_name"
                        + from.formatted(
                                "measurement", "t.indicator_uuid = ? AND t.period_uuid = ? AND t.agency_uuid = ?"));
                PreparedStatement p = c.prepareStatement("SELECT l.source_name"
                        + from.formatted("project_progress", "t.project_uuid = ? AND t.period_uuid = ?"))) {
            for (int i = 0; i < batch.measurements().size(); i++) {
                Measurement row = batch.measurements().get(i);
                clash(m, errors, "measurement " + (i + 1), row.indicator(), row.period(), row.agency());
            }
            for (int i = 0; i < batch.progress().size(); i++) {
                ProjectProgress row = batch.progress().get(i);
                clash(p, errors, "progress " + (i + 1), row.project(), row.period());
            }
        }
        return errors;
    }

    private static void clash(PreparedStatement s, List<String> errors, String row, String... key) throws SQLException {
        for (int i = 0; i < key.length; i++) {
            s.setString(i + 1, key[i]);
        }
        try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
                errors.add(row + ": already reported by " + r.getString(1)
                        + " (a value is stored once; correct it there)");
            }
        }
    }
}
