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
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.InstrumentResponse;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.PackageReceipt;
import org.phaen.monitoring.data.ProjectProgress;

/** The stored rows themselves, as the records they were imported from: what a package carries to another store. */
public final class StoreRows {

    private interface RowMapper<T> {
        T map(ResultSet r) throws SQLException;
    }

    private final DataSource dataSource;

    StoreRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<Measurement> measurements(Collection<String> periods) throws SQLException {
        return perKey(
                "SELECT indicator_uuid, agency_uuid, period_uuid, measured_value, evidence, source FROM measurement WHERE period_uuid = ?"
                        + " ORDER BY indicator_uuid, agency_uuid",
                periods,
                r -> new Measurement(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getBigDecimal(4),
                        r.getString(5),
                        r.getString(6)));
    }

    public List<ProjectProgress> progress(Collection<String> periods) throws SQLException {
        return perKey(
                "SELECT project_uuid, period_uuid, status, percent_complete, narrative FROM project_progress WHERE period_uuid = ?"
                        + " ORDER BY project_uuid",
                periods,
                r -> new ProjectProgress(
                        r.getString(1), r.getString(2), r.getString(3), r.getBigDecimal(4), r.getString(5)));
    }

    public List<Disbursement> disbursements(Collection<String> periods) throws SQLException {
        return perKey(
                "SELECT project_uuid, funding_source_uuid, period_uuid, amount FROM disbursement WHERE period_uuid = ?"
                        + " ORDER BY project_uuid, funding_source_uuid",
                periods,
                r -> new Disbursement(r.getString(1), r.getString(2), r.getString(3), r.getBigDecimal(4)));
    }

    /** The responses to the instruments, with their answers, in the order they were stored. */
    public List<InstrumentResponse> responses(Collection<String> instruments) throws SQLException {
        record Head(long id, String instrument, int version, String kind, String submission) {}
        List<Head> heads = perKey(
                "SELECT id, instrument_uuid, instrument_version, respondent_kind, submission_id FROM instrument_response"
                        + " WHERE instrument_uuid = ? ORDER BY id",
                instruments,
                r -> new Head(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5)));
        List<InstrumentResponse> responses = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT item_uuid, answer FROM response_answer WHERE response_id = ? ORDER BY item_uuid")) {
            for (Head head : heads) {
                Map<String, String> answers = new LinkedHashMap<>();
                s.setLong(1, head.id());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        answers.put(r.getString(1), r.getString(2) == null ? "" : r.getString(2));
                    }
                }
                responses.add(new InstrumentResponse(
                        head.instrument(), head.version(), head.kind(), head.submission(), answers));
            }
        }
        return responses;
    }

    /** The packages in force, by office code, year and period. */
    public List<PackageReceipt> receipts() throws SQLException {
        List<PackageReceipt> receipts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT sha256, office_uuid, office_code, fiscal_year, period_code, created_at FROM package_receipt"
                                + " ORDER BY office_code, fiscal_year, period_code")) {
            while (r.next()) {
                receipts.add(new PackageReceipt(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getInt(4),
                        r.getString(5),
                        r.getTimestamp(6).toInstant()));
            }
        }
        return receipts;
    }

    private <T> List<T> perKey(String sql, Collection<String> keys, RowMapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (String key : keys) {
                s.setString(1, key);
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
