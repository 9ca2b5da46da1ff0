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
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.InstrumentResponse;
import org.phaen.monitoring.data.Measurement;
import org.phaen.monitoring.data.ProjectProgress;

/** Writes one checked batch on a connection whose transaction the caller commits or rolls back. */
final class BatchWriter {

    private static final int CHUNK = 5_000;

    private final Connection c;

    BatchWriter(Connection connection) {
        this.c = connection;
    }

    long write(ImportBatch batch) throws SQLException {
        long id = ledger(batch);
        measurements(batch.measurements(), id);
        progress(batch.progress(), id);
        disbursements(batch.disbursements(), id);
        for (InstrumentResponse r : batch.responses()) {
            response(r, id);
        }
        return id;
    }

    /** First, so a second import of the same file stops at the unique hash before writing anything else. */
    private long ledger(ImportBatch batch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO import_ledger (sha256, source_name, imported_at, row_count)" + " VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, batch.sha256());
            s.setString(2, batch.sourceName() == null ? "" : batch.sourceName());
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.setInt(4, batch.rowCount());
            s.executeUpdate();
            return generatedId(s);
        }
    }

    private void measurements(List<Measurement> rows, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO measurement (indicator_uuid, agency_uuid, period_uuid, measured_value,"
                        + " evidence, source, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (Measurement m : inKeyOrder(rows)) {
                s.setString(1, m.indicator());
                s.setString(2, m.agency());
                s.setString(3, m.period());
                s.setBigDecimal(4, m.value());
                s.setString(5, m.evidence());
                s.setString(6, m.source());
                s.setLong(7, id);
                s.addBatch();
                if (++n % CHUNK == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        new MeasurementTotals(c).add(rows);
    }

    /**
     * Rows sorted as the measurement key (period, agency, indicator), so the key's index is filled from left to right
     * within the file's range instead of at scattered places: fewer page splits in Derby's B-tree.
     */
    private static List<Measurement> inKeyOrder(List<Measurement> rows) {
        return rows.stream()
                .sorted(Comparator.comparing(Measurement::period)
                        .thenComparing(Measurement::agency)
                        .thenComparing(Measurement::indicator))
                .toList();
    }

    private void progress(List<ProjectProgress> rows, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO project_progress (project_uuid, period_uuid, status, percent_complete,"
                        + " narrative, import_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ProjectProgress p : rows) {
                s.setString(1, p.project());
                s.setString(2, p.period());
                s.setString(3, p.status());
                s.setBigDecimal(4, p.percentComplete());
                s.setString(5, p.narrative());
                s.setLong(6, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void disbursements(List<Disbursement> rows, long id) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO disbursement (project_uuid, funding_source_uuid, period_uuid, amount,"
                        + " import_id) VALUES (?, ?, ?, ?, ?)")) {
            for (Disbursement d : rows) {
                s.setString(1, d.project());
                s.setString(2, d.fundingSource());
                s.setString(3, d.period());
                s.setBigDecimal(4, d.amount());
                s.setLong(5, id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void response(InstrumentResponse r, long id) throws SQLException {
        long responseId;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO instrument_response (instrument_uuid, instrument_version,"
                        + " respondent_kind, submission_id, import_id) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, r.instrument());
            s.setInt(2, r.version());
            s.setString(3, r.respondentKind());
            s.setString(4, r.submissionId());
            s.setLong(5, id);
            s.executeUpdate();
            responseId = generatedId(s);
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO response_answer (response_id, item_uuid, answer) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> answer : new LinkedHashMap<>(r.answers()).entrySet()) {
                s.setLong(1, responseId);
                s.setString(2, answer.getKey());
                s.setString(3, answer.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The identity value: Derby returns just it, PostgreSQL the whole row, whose first column it is. */
    private static long generatedId(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated key");
            }
            return keys.getLong(1);
        }
    }
}
