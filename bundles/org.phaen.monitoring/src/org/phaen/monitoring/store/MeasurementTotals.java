/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phaen.monitoring.data.Measurement;

/**
 * Per indicator and period: the sum of the agencies' values and how many agencies reported, updated in the
 * import's own transaction. A measurement key is stored once (a repeat is refused), so adding is exact.
 */
final class MeasurementTotals {

    private record Key(String indicator, String period) {}

    private final Connection c;

    MeasurementTotals(Connection connection) {
        this.c = connection;
    }

    void add(List<Measurement> rows) throws SQLException {
        Map<Key, BigDecimal> sums = new HashMap<>();
        Map<Key, Integer> counts = new HashMap<>();
        for (Measurement m : rows) {
            Key key = new Key(m.indicator(), m.period());
            sums.merge(key, m.value(), BigDecimal::add);
            counts.merge(key, 1, Integer::sum);
        }
        try (PreparedStatement update =
                        c.prepareStatement("UPDATE measurement_total SET total = total + ?, agencies = agencies + ?"
                                + " WHERE period_uuid = ? AND indicator_uuid = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO measurement_total (indicator_uuid, period_uuid, total, agencies)"
                                + " VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Key, BigDecimal> e : sums.entrySet()) {
                Key key = e.getKey();
                update.setBigDecimal(1, e.getValue());
                update.setInt(2, counts.get(key));
                update.setString(3, key.period());
                update.setString(4, key.indicator());
                if (update.executeUpdate() == 0) {
                    // A concurrent import inserting the same key first makes this fail; the store retries the file.
                    insert.setString(1, key.indicator());
                    insert.setString(2, key.period());
                    insert.setBigDecimal(3, e.getValue());
                    insert.setInt(4, counts.get(key));
                    insert.executeUpdate();
                }
            }
        }
    }
}
