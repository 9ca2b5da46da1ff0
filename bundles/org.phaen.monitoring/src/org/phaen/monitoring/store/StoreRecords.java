/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.monitoring.data.ReviewMeeting;

/** Committee meetings and report deliveries, entered one at a time (by the secretary), each in its own transaction. */
public final class StoreRecords {

    private final DataSource dataSource;

    StoreRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void meeting(ReviewMeeting meeting) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO review_meeting (committee_uuid, held, subject_uuid) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, meeting.committee());
                s.setDate(2, Date.valueOf(meeting.held()));
                s.setString(3, meeting.subject());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO meeting_decision (meeting_id, ordinal, decision) VALUES (?, ?, ?)")) {
                for (int i = 0; i < meeting.decisions().size(); i++) {
                    s.setLong(1, id);
                    s.setInt(2, i + 1);
                    s.setString(3, meeting.decisions().get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
    }

    /** Records or replaces the delivery of a scheduled report (a report is delivered once; a correction replaces it). */
    public void delivery(ReportDelivery delivery) throws SQLException {
        deliveries(List.of(delivery));
    }

    /** Records or replaces several deliveries (a delivery log) in one transaction: all of them or none. */
    public void deliveries(List<ReportDelivery> deliveries) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (ReportDelivery delivery : deliveries) {
                    replace(c, delivery);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    static void replace(Connection c, ReportDelivery delivery) throws SQLException {
        for (String sql : new String[] {
            "DELETE FROM delivery_recipient WHERE report_uuid = ?", "DELETE FROM report_delivery WHERE report_uuid = ?"
        }) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, delivery.report());
                s.executeUpdate();
            }
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO report_delivery (report_uuid, due, delivered) VALUES (?, ?, ?)")) {
            s.setString(1, delivery.report());
            s.setDate(2, Date.valueOf(delivery.due()));
            s.setDate(3, delivery.delivered() == null ? null : Date.valueOf(delivery.delivered()));
            s.executeUpdate();
        }
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO delivery_recipient (report_uuid, recipient_uuid) VALUES (?, ?)")) {
            for (String recipient : delivery.recipients()) {
                s.setString(1, delivery.report());
                s.setString(2, recipient);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
