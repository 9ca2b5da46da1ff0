/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book.strategic;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.phaen.book.BookText;
import org.phaen.book.Rows;
import org.phaen.documents.flow.Table.Row;
import org.phaen.model.Committee;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.ParticipationChannel;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;

/**
 * Monitoring and evaluation from the monitoring plans: the committee that monitors, the instruments of each fiscal
 * year, the information network (the agencies that report), the channels for citizens, and the reporting schedule.
 */
final class MonitoringTables {

    private MonitoringTables() {}

    static List<PartTables.Content> committees(BookText text, PlanModel model) {
        List<PartTables.Content> out = new ArrayList<>();
        for (Committee c : monitoringCommittees(model)) {
            out.add(AgreementTables.members(text, c));
        }
        return out;
    }

    /** The committees monitoring plans name, each once, in the order of the plans. */
    static List<Committee> monitoringCommittees(PlanModel model) {
        return model.getMonitoringPlans().stream()
                .map(MonitoringPlan::getCommittee)
                .filter(c -> c != null)
                .distinct()
                .toList();
    }

    static PartTables.Content instruments(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        for (MonitoringPlan plan : model.getMonitoringPlans()) {
            for (EvaluationInstrument i : plan.getInstruments()) {
                body.add(Rows.of(
                        i,
                        text.year(plan.getFiscalYear()),
                        text.name(i),
                        text.label(i.getKind()),
                        text.number(i.getVersion()),
                        text.number(i.getItems().size())));
            }
        }
        return new PartTables.Content(
                text.word("table.instruments.title"),
                text.word("table.instruments.caption"),
                Rows.layout("C1.2 L5 L3 C1 R1"),
                List.of(Rows.header(
                        text.word("table.fiscalYear"),
                        text.word("table.instruments.name"),
                        text.word("table.kind"),
                        text.word("table.instruments.version"),
                        text.word("table.instruments.items"))),
                body);
    }

    static PartTables.Content reportingAgencies(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        for (MonitoringPlan plan : model.getMonitoringPlans()) {
            int n = 0;
            for (Organization o : plan.getReportingAgencies()) {
                body.add(Rows.of(
                        null,
                        text.year(plan.getFiscalYear()),
                        text.number(++n),
                        text.name(o),
                        text.digits(o.getProvince())));
            }
        }
        return new PartTables.Content(
                text.word("table.network.title"),
                text.word("table.network.caption"),
                Rows.layout("C1.2 # L6 L2"),
                List.of(Rows.header(
                        text.word("table.fiscalYear"),
                        text.word("table.number"),
                        text.word("table.network.agency"),
                        text.word("table.partners.province"))),
                body);
    }

    static PartTables.Content channels(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        int n = 0;
        for (MonitoringPlan plan : model.getMonitoringPlans()) {
            for (ParticipationChannel c : plan.getParticipationChannels()) {
                body.add(Rows.of(
                        c,
                        text.number(++n),
                        text.name(c),
                        text.label(c.getKind()),
                        text.digits(c.getAddress()),
                        text.digits(c.getAudience())));
            }
        }
        return new PartTables.Content(
                text.word("table.channels.title"),
                text.word("table.channels.caption"),
                Rows.layout("# L3 L2 L3 L2"),
                List.of(Rows.header(
                        text.word("table.number"),
                        text.word("table.channels.name"),
                        text.word("table.kind"),
                        text.word("table.channels.address"),
                        text.word("table.channels.audience"))),
                body);
    }

    static PartTables.Content schedules(BookText text, PlanModel model) {
        List<Row> body = new ArrayList<>();
        for (MonitoringPlan plan : model.getMonitoringPlans()) {
            for (ReportingSchedule schedule : plan.getReportingSchedules()) {
                for (ScheduledReport r : schedule.getReports()) {
                    String to = r.getRecipients().stream().map(text::name).collect(Collectors.joining(", "));
                    body.add(Rows.of(
                            r,
                            text.name(r),
                            r.getPeriod() == null ? "" : text.name(r.getPeriod()),
                            text.date(r.getDueDate()),
                            r.getResponsible() == null ? "" : text.name(r.getResponsible()),
                            to));
                }
            }
        }
        return new PartTables.Content(
                text.word("table.schedule.title"),
                text.word("table.schedule.caption"),
                Rows.layout("L3 L2 C1.5 L2 L3"),
                List.of(Rows.header(
                        text.word("table.schedule.report"),
                        text.word("table.schedule.period"),
                        text.word("table.schedule.due"),
                        text.word("table.schedule.responsible"),
                        text.word("table.schedule.recipients"))),
                body);
    }
}
