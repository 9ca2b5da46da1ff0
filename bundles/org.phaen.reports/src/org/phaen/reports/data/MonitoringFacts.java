/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.data;

import java.util.Collection;
import java.util.List;
import org.phaen.monitoring.data.Disbursement;
import org.phaen.monitoring.data.IndicatorActual;
import org.phaen.monitoring.data.ProjectProgress;
import org.phaen.monitoring.data.ReportDelivery;

/**
 * What the reports need from the monitoring store, as plain records keyed by model uuids. Narrow on purpose:
 * the reports never see SQL, and the store never sees the report formats. Each method returns the records of
 * the given periods (or scheduled reports); an unknown uuid simply has no records. An adapter wraps store
 * failures in an unchecked exception.
 */
public interface MonitoringFacts {

    /** Indicator actuals (summed over agencies, with the number of agencies) reported for these periods. */
    List<IndicatorActual> indicatorActuals(Collection<String> periodUuids);

    /** Project progress (status, percent complete) reported for these periods. */
    List<ProjectProgress> projectProgress(Collection<String> periodUuids);

    /** Disbursements per project and funding source made in these periods. */
    List<Disbursement> disbursements(Collection<String> periodUuids);

    /** Delivery records of these scheduled reports; a report never delivered may have none. */
    List<ReportDelivery> deliveries(Collection<String> scheduledReportUuids);
}
