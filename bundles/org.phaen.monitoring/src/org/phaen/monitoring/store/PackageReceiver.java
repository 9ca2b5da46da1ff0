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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.phaen.monitoring.data.ImportBatch;
import org.phaen.monitoring.data.PackageReceipt;
import org.phaen.monitoring.data.ReportDelivery;

/**
 * Stores a package's rows in one transaction: a package already received counts once, an older one than the
 * package in force for its office and period is refused, a newer one takes the older one's place (its rows
 * taken back first). Any failure rolls everything back.
 */
final class PackageReceiver {

    private record InForce(long importId, String sha256, Instant created) {}

    private final Connection c;
    private final StoreDialect dialect;

    PackageReceiver(Connection connection, StoreDialect dialect) {
        this.c = connection;
        this.dialect = dialect;
    }

    ReceiveResult receive(PackageReceipt receipt, ImportBatch rows, List<ReportDelivery> deliveries)
            throws SQLException {
        c.setAutoCommit(false);
        try {
            dialect.lockForImport(c);
            InForce earlier = inForce(receipt);
            if (earlier != null && earlier.sha256().equals(receipt.sha256())) {
                c.rollback();
                return ReceiveResult.of(ReceiveResult.Outcome.ALREADY_RECEIVED, 0, null);
            }
            if (earlier != null && !receipt.created().isAfter(earlier.created())) {
                c.rollback();
                return ReceiveResult.of(ReceiveResult.Outcome.OLDER, 0, earlier.created());
            }
            if (earlier != null) {
                new ImportRemoval(c).remove(earlier.importId());
            }
            long importId = new BatchWriter(c).write(rows);
            for (ReportDelivery delivery : deliveries) {
                StoreRecords.replace(c, delivery);
            }
            record(receipt, importId);
            c.commit();
            return ReceiveResult.of(
                    earlier == null ? ReceiveResult.Outcome.RECEIVED : ReceiveResult.Outcome.REPLACED,
                    rows.rowCount() + deliveries.size(),
                    earlier == null ? null : earlier.created());
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private InForce inForce(PackageReceipt receipt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT import_id, sha256, created_at FROM package_receipt"
                + " WHERE office_uuid = ? AND fiscal_year = ? AND period_code = ?")) {
            s.setString(1, receipt.office());
            s.setInt(2, receipt.fiscalYear());
            s.setString(3, receipt.period());
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? new InForce(
                                r.getLong(1), r.getString(2), r.getTimestamp(3).toInstant())
                        : null;
            }
        }
    }

    private void record(PackageReceipt receipt, long importId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO package_receipt (sha256, office_uuid, office_code, fiscal_year, period_code,"
                        + " created_at, received_at, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, receipt.sha256());
            s.setString(2, receipt.office());
            s.setString(3, receipt.officeCode());
            s.setInt(4, receipt.fiscalYear());
            s.setString(5, receipt.period());
            s.setTimestamp(6, Timestamp.from(receipt.created()));
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.setLong(8, importId);
            s.executeUpdate();
        }
    }
}
