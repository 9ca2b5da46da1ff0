package org.phaen.reports.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.monitoring.store.StoreQueries;
import org.phaen.reports.data.Disbursement;
import org.phaen.reports.data.IndicatorActual;
import org.phaen.reports.data.MonitoringFacts;
import org.phaen.reports.data.ProjectProgress;
import org.phaen.reports.data.ReportDelivery;

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

    public StoreFacts(MonitoringStore store) {
        this.queries = store.queries();
    }

    @Override
    public List<IndicatorActual> indicatorActuals(Collection<String> periodUuids) {
        return read(() -> queries.indicatorTotals(periodUuids).stream()
            .map(t -> new IndicatorActual(t.indicator(), t.period(), t.total(), t.agencies())).toList());
    }

    @Override
    public List<ProjectProgress> projectProgress(Collection<String> periodUuids) {
        return read(() -> queries.progress(periodUuids).stream()
            .map(p -> new ProjectProgress(p.project(), p.period(), p.status(), p.percentComplete())).toList());
    }

    @Override
    public List<Disbursement> disbursements(Collection<String> periodUuids) {
        return read(() -> queries.disbursed(periodUuids).stream()
            .map(d -> new Disbursement(d.project(), d.fundingSource(), d.period(), d.amount())).toList());
    }

    @Override
    public List<ReportDelivery> deliveries(Collection<String> scheduledReportUuids) {
        Set<String> wanted = Set.copyOf(scheduledReportUuids);
        return read(() -> queries.deliveries().stream().filter(d -> wanted.contains(d.report()))
            .map(d -> new ReportDelivery(d.report(), d.due(), d.delivered(), d.recipients())).toList());
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
