/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.phaen.model.ActionPlan;
import org.phaen.model.Organization;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.reports.assess.PlanLinks;
import org.phaen.reports.data.MonitoringFacts;

/** The reports due on an action plan in every schedule that covers it, with their deliveries as of a day. */
public final class ScheduleCompliance {

    private ScheduleCompliance() {}

    public static List<ScheduleRow> of(ActionPlan plan, MonitoringFacts facts, LocalDate today) {
        List<ScheduledReport> reports = new ArrayList<>();
        for (ReportingSchedule schedule : PlanLinks.schedules(plan)) {
            reports.addAll(schedule.getReports());
        }
        Map<String, ReportDelivery> deliveries = new HashMap<>();
        for (ReportDelivery d :
                facts.deliveries(reports.stream().map(ScheduledReport::getUuid).toList())) {
            deliveries.merge(
                    d.report(), d, (a, b) -> a.delivered() == null ? b : a); // a delivered record wins over an open one
        }
        List<ScheduleRow> rows = new ArrayList<>();
        for (ScheduledReport report : reports) {
            ReportDelivery d = deliveries.get(report.getUuid());
            LocalDate due = report.getDueDate() != null ? report.getDueDate() : d == null ? null : d.due();
            LocalDate delivered = d == null ? null : d.delivered();
            List<Organization> sentTo = d == null
                    ? List.of()
                    : d.recipients().stream()
                            .map(uuid -> PlanLinks.find(report, uuid, Organization.class))
                            .filter(Objects::nonNull)
                            .toList();
            List<Organization> planned = List.copyOf(report.getRecipients());
            rows.add(new ScheduleRow(
                    report,
                    due,
                    delivered,
                    planned,
                    sentTo,
                    ScheduleRow.state(due, delivered, today, !sentTo.containsAll(planned))));
        }
        rows.sort((a, b) -> a.due() == null ? 1 : b.due() == null ? -1 : a.due().compareTo(b.due()));
        return rows;
    }
}
