/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import static org.phaen.validation.Fixtures.*;

import java.util.List;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;
import org.phaen.validation.Fixtures;

/** Action plans with projects and indicators, and monitoring plans with instruments, periods and reporting schedules. */
final class MonitoringFixtures {

    static final String PLAN = "AP2562 \"แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2562\"";
    static final String PROJECT = "P-01 \"โครงการส่งเสริมการอ่าน\"";

    private MonitoringFixtures() {}

    static ActionPlan actionPlan(PlanModel model, int fiscalYear) {
        return Fixtures.actionPlan(
                model, "AP" + fiscalYear, "แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. " + fiscalYear, fiscalYear);
    }

    static Project project(ActionPlan plan, String code, ProjectStatus status) {
        Project project = Fixtures.project(plan, code, "โครงการส่งเสริมการอ่าน");
        if (status != null) {
            project.setStatus(status);
        }
        return project;
    }

    static Indicator indicator(String code) {
        return named(F.createIndicator(), code, "ร้อยละของนักเรียนที่อ่านออกเขียนได้");
    }

    static MonitoringPlan monitoringPlan(PlanModel model, int fiscalYear, ActionPlan... plans) {
        MonitoringPlan monitoring = Fixtures.monitoringPlan(
                model, "MON" + fiscalYear, "แผนการติดตามและประเมินผล ปีงบประมาณ พ.ศ. " + fiscalYear, fiscalYear);
        monitoring.getActionPlans().addAll(List.of(plans));
        return monitoring;
    }

    static EvaluationInstrument instrument(MonitoringPlan monitoring, InstrumentKind kind) {
        EvaluationInstrument instrument = named(F.createEvaluationInstrument(), "INS-01", "แบบเก็บข้อมูลตัวชี้วัด");
        instrument.setKind(kind);
        monitoring.getInstruments().add(instrument);
        return instrument;
    }

    static InstrumentItem item(EvaluationInstrument instrument, ItemKind kind, Indicator indicator) {
        InstrumentItem item = named(
                F.createInstrumentItem(),
                "INS-01-" + (instrument.getItems().size() + 1),
                "จำนวนนักเรียนที่อ่านออกเขียนได้");
        item.setItemKind(kind);
        item.setIndicator(indicator);
        instrument.getItems().add(item);
        return item;
    }

    static ReportingPeriod period(MonitoringPlan monitoring, String code, String start, String end) {
        return reportingPeriod(monitoring, code, "ไตรมาสที่ 1", start, end);
    }

    static ReportingSchedule schedule(MonitoringPlan monitoring, ActionPlan plan) {
        ReportingSchedule schedule = named(F.createReportingSchedule(), "SCH-01", "ปฏิทินการรายงานผล");
        schedule.setActionPlan(plan);
        monitoring.getReportingSchedules().add(schedule);
        return schedule;
    }

    /** A report of the schedule, due on the date (null: not set), sent to a new office (or to nobody). */
    static ScheduledReport report(ReportingSchedule schedule, ReportingPeriod period, String due, boolean recipient) {
        ScheduledReport report = named(F.createScheduledReport(), "RPT-Q1", "รายงานความก้าวหน้า ไตรมาสที่ 1");
        report.setPeriod(period);
        report.setDueDate(date(due));
        if (recipient) {
            report.getRecipients().add(organization(modelOf(schedule), null, "สำนักงานศึกษาธิการภาค 17"));
        }
        schedule.getReports().add(report);
        return report;
    }
}
