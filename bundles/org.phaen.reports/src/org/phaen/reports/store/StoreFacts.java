/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.IndicatorActual;
import org.phaen.monitoring.data.ProjectProgress;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.monitoring.store.StoreQueries;
import org.phaen.monitoring.store.StoreRows;
import org.phaen.reports.data.MonitoringFacts;

/** The reports' view of a monitoring store (embedded Derby, the network server or PostgreSQL alike). */
public final class StoreFacts implements MonitoringFacts {

    /** A store that could not answer; the report cannot be written without its figures. */
    public static final class StoreUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreUnavailable(SQLException cause) {
            super("the monitoring store could not be read: " + cause.getMessage(), cause);
        }
    }

    private final StoreQueries queries;
    private final StoreRows rows;

    public StoreFacts(MonitoringStore store) {
        this.queries = store.queries();
        this.rows = store.rows();
    }

    @Override
    public List<IndicatorActual> indicatorActuals(Collection<String> periodUuids) {
        return read(() -> queries.indicatorTotals(periodUuids));
    }

    @Override
    public List<ProjectProgress> projectProgress(Collection<String> periodUuids) {
        return read(() -> rows.progress(periodUuids));
    }

    @Override
    public List<Disbursement> disbursements(Collection<String> periodUuids) {
        return read(() -> rows.disbursements(periodUuids));
    }

    @Override
    public List<ReportDelivery> deliveries(Collection<String> scheduledReportUuids) {
        Set<String> wanted = Set.copyOf(scheduledReportUuids);
        return read(() -> queries.deliveries().stream()
                .filter(d -> wanted.contains(d.report()))
                .toList());
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T read(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new StoreUnavailable(e);
        }
    }
}
