/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.cli.collected;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;

/**
 * The secretary's delivery log for the reports of periods that ended by the last period collected: most sent on
 * time to everyone on the schedule, one late, one sent to fewer recipients than planned, the latest still owed.
 */
final class DeliveryLogSample {

    private DeliveryLogSample() {}

    static Path write(MonitoringPlan plan, LocalDate lastPeriodEnd, Path file) throws IOException {
        List<ScheduledReport> due = new ArrayList<>();
        for (ReportingSchedule schedule : plan.getReportingSchedules()) {
            for (ScheduledReport report : schedule.getReports()) {
                if (report.getPeriod() != null
                        && report.getDueDate() != null
                        && !report.getPeriod().getEndDate().isAfter(lastPeriodEnd)) {
                    due.add(report);
                }
            }
        }
        StringBuilder csv =
                new StringBuilder(String.join(",", org.phaen.monitoring.imports.DeliveryLog.HEADER)).append('\n');
        for (int i = 0; i < due.size(); i++) {
            ScheduledReport report = due.get(i);
            boolean owed = i == due.size() - 1 && due.size() > 1;
            LocalDate delivered = i == 1
                    ? report.getDueDate().plusDays(3)
                    : report.getDueDate().minusDays(i % 3);
            List<Organization> to = new ArrayList<>(report.getRecipients());
            if (i == 2 && to.size() > 1) {
                to.remove(to.size() - 1);
            }
            csv.append(report.getCode())
                    .append(',')
                    .append(owed ? "" : delivered.toString())
                    .append(',')
                    .append(owed ? "" : to.stream().map(Organization::getCode).collect(Collectors.joining(";")))
                    .append('\n');
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
