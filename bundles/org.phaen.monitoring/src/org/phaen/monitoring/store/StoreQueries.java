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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.phaen.monitoring.data.IndicatorActual;
import org.phaen.monitoring.data.ReportDelivery;

/** What the reports read besides the stored rows ({@link StoreRows}): totals per indicator and period, deliveries. */
public final class StoreQueries {

    private final DataSource dataSource;

    StoreQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The progress dashboard's indicator figures for the given reporting periods. */
    public List<IndicatorActual> indicatorTotals(Collection<String> periods) throws SQLException {
        return perPeriod(
                "SELECT indicator_uuid, period_uuid, total, agencies FROM measurement_total WHERE period_uuid = ?",
                periods,
                r -> new IndicatorActual(r.getString(1), r.getString(2), r.getBigDecimal(3), r.getInt(4)));
    }

    public List<ReportDelivery> deliveries() throws SQLException {
        Map<String, ReportDelivery> byReport = new LinkedHashMap<>();
        Map<String, List<String>> recipients = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement()) {
            try (ResultSet r = s.executeQuery(
                    "SELECT report_uuid, recipient_uuid FROM delivery_recipient ORDER BY report_uuid, recipient_uuid")) {
                while (r.next()) {
                    recipients
                            .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(r.getString(2));
                }
            }
            try (ResultSet r = s.executeQuery(
                    "SELECT report_uuid, due, delivered FROM report_delivery ORDER BY due, report_uuid")) {
                while (r.next()) {
                    var delivered = r.getDate(3);
                    byReport.put(
                            r.getString(1),
                            new ReportDelivery(
                                    r.getString(1),
                                    r.getDate(2).toLocalDate(),
                                    delivered == null ? null : delivered.toLocalDate(),
                                    recipients.getOrDefault(r.getString(1), List.of())));
                }
            }
        }
        return List.copyOf(byReport.values());
    }

    /** Counts of stored rows by table (for reports of what an import did, and for tests). */
    public long count(String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    /** One indexed query per period (the periods of a fiscal year are few), so no IN list is built by hand. */
    private <T> List<T> perPeriod(String sql, Collection<String> periods, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (String period : periods) {
                s.setString(1, period);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(mapper.map(r));
                    }
                }
            }
        }
        return rows;
    }
}
