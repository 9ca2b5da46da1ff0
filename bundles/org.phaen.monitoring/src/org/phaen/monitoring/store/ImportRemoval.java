/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Takes back every row of one import (its measurements with their running totals, progress, disbursements,
 * responses) and its ledger entry, on a connection whose transaction the caller commits or rolls back.
 */
final class ImportRemoval {

    private final Connection c;

    ImportRemoval(Connection connection) {
        this.c = connection;
    }

    void remove(long importId) throws SQLException {
        // Totals first, while the measurements they subtract are still there.
        run(
                "UPDATE measurement_total SET total = total - (SELECT COALESCE(SUM(m.measured_value), 0) FROM measurement m"
                        + " WHERE m.import_id = ? AND m.indicator_uuid = measurement_total.indicator_uuid AND m.period_uuid = measurement_total.period_uuid),"
                        + " agencies = agencies - (SELECT COUNT(*) FROM measurement m WHERE m.import_id = ?"
                        + " AND m.indicator_uuid = measurement_total.indicator_uuid AND m.period_uuid = measurement_total.period_uuid)",
                importId,
                2);
        run("DELETE FROM measurement_total WHERE agencies <= 0", importId, 0);
        run("DELETE FROM measurement WHERE import_id = ?", importId, 1);
        run("DELETE FROM project_progress WHERE import_id = ?", importId, 1);
        run("DELETE FROM disbursement WHERE import_id = ?", importId, 1);
        run(
                "DELETE FROM response_answer WHERE response_id IN (SELECT id FROM instrument_response WHERE import_id = ?)",
                importId,
                1);
        run("DELETE FROM instrument_response WHERE import_id = ?", importId, 1);
        run("DELETE FROM package_receipt WHERE import_id = ?", importId, 1);
        run("DELETE FROM import_ledger WHERE id = ?", importId, 1);
    }

    private void run(String sql, long importId, int parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                s.setLong(i, importId);
            }
            s.executeUpdate();
        }
    }
}
