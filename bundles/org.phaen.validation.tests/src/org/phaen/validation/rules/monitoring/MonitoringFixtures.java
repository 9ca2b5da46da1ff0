package org.phaen.validation.rules.monitoring;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Indicator;
import org.phaen.model.InstrumentItem;
import org.phaen.model.InstrumentKind;
import org.phaen.model.ItemKind;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ProjectStatus;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ReportingSchedule;
import org.phaen.model.ScheduledReport;
import org.phaen.model.resource.PlanFiles;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.LiveValidation;
import org.phaen.validation.PlanValidator;
import org.phaen.validation.Rule;
import org.phaen.validation.Severity;

/** Action plans with projects and indicators, and monitoring plans with instruments, periods and reporting schedules. */
final class MonitoringFixtures {

    static final PhaenFactory F = PhaenFactory.eINSTANCE;
    static final String PLAN = "AP2562 \"แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2562\"";
    static final String PROJECT = "P-01 \"โครงการส่งเสริมการอ่าน\"";

    private MonitoringFixtures() {
    }

    static ActionPlan actionPlan(PlanModel model, int fiscalYear) {
        ActionPlan plan = F.createActionPlan();
        plan.setCode("AP" + fiscalYear);
        plan.setName("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. " + fiscalYear);
        plan.setFiscalYear(fiscalYear);
        model.getPlans().add(plan);
        return plan;
    }

    static Project project(ActionPlan plan, String code, ProjectStatus status) {
        Project project = F.createProject();
        project.setCode(code);
        project.setName("โครงการส่งเสริมการอ่าน");
        if (status != null) {
            project.setStatus(status);
        }
        plan.getProjects().add(project);
        return project;
    }

    static Indicator indicator(String code) {
        Indicator indicator = F.createIndicator();
        indicator.setCode(code);
        indicator.setName("ร้อยละของนักเรียนที่อ่านออกเขียนได้");
        return indicator;
    }

    static MonitoringPlan monitoringPlan(PlanModel model, int fiscalYear, ActionPlan... plans) {
        MonitoringPlan monitoring = F.createMonitoringPlan();
        monitoring.setCode("MON" + fiscalYear);
        monitoring.setName("แผนการติดตามและประเมินผล ปีงบประมาณ พ.ศ. " + fiscalYear);
        monitoring.setFiscalYear(fiscalYear);
        monitoring.getActionPlans().addAll(List.of(plans));
        model.getMonitoringPlans().add(monitoring);
        return monitoring;
    }

    static EvaluationInstrument instrument(MonitoringPlan monitoring, InstrumentKind kind) {
        EvaluationInstrument instrument = F.createEvaluationInstrument();
        instrument.setCode("INS-01");
        instrument.setName("แบบเก็บข้อมูลตัวชี้วัด");
        instrument.setKind(kind);
        monitoring.getInstruments().add(instrument);
        return instrument;
    }

    static InstrumentItem item(EvaluationInstrument instrument, ItemKind kind, Indicator indicator) {
        InstrumentItem item = F.createInstrumentItem();
        item.setCode("INS-01-" + (instrument.getItems().size() + 1));
        item.setName("จำนวนนักเรียนที่อ่านออกเขียนได้");
        item.setItemKind(kind);
        item.setIndicator(indicator);
        instrument.getItems().add(item);
        return item;
    }

    static ReportingPeriod period(MonitoringPlan monitoring, String code, String start, String end) {
        ReportingPeriod period = F.createReportingPeriod();
        period.setCode(code);
        period.setName("ไตรมาสที่ 1");
        period.setStartDate(LocalDate.parse(start));
        period.setEndDate(LocalDate.parse(end));
        monitoring.getReportingPeriods().add(period);
        return period;
    }

    static ReportingSchedule schedule(MonitoringPlan monitoring, ActionPlan plan) {
        ReportingSchedule schedule = F.createReportingSchedule();
        schedule.setCode("SCH-01");
        schedule.setName("ปฏิทินการรายงานผล");
        schedule.setActionPlan(plan);
        monitoring.getReportingSchedules().add(schedule);
        return schedule;
    }

    /** A report of the schedule, due on the date (null: not set), sent to a new office (or to nobody). */
    static ScheduledReport report(ReportingSchedule schedule, ReportingPeriod period, String due, boolean recipient) {
        ScheduledReport report = F.createScheduledReport();
        report.setCode("RPT-Q1");
        report.setName("รายงานความก้าวหน้า ไตรมาสที่ 1");
        report.setPeriod(period);
        report.setDueDate(due == null ? null : LocalDate.parse(due));
        if (recipient) {
            Organization office = F.createOrganization();
            office.setName("สำนักงานศึกษาธิการภาค 17");
            ((PlanModel) schedule.eContainer().eContainer()).getOrganizations().add(office);
            report.getRecipients().add(office);
        }
        schedule.getReports().add(report);
        return report;
    }

    /** The one finding on the element (reports order findings by file, rule, element label and message, not by model order). */
    static Finding findingOn(EObject element, List<Finding> findings) {
        List<Finding> on = findings.stream().filter(f -> f.element() == element).toList();
        assertEquals(1, on.size(), "findings on " + element);
        return on.get(0);
    }

    /** Live validation of the rule over the models, each a file of one resource set (not yet started). */
    static LiveValidation live(Rule rule, PlanModel... models) {
        ResourceSet set = PlanFiles.newResourceSet();
        List<Resource> files = new ArrayList<>();
        for (int i = 0; i < models.length; i++) {
            Resource file = set.createResource(URI.createURI("memory:/plan-" + i + ".phaen"));
            file.getContents().add(models[i]);
            files.add(file);
        }
        return new LiveValidation(new PlanValidator(List.of(rule)), set, files);
    }

    static void assertFinding(Finding finding, EObject element, Severity severity, String en, String th) {
        assertSame(element, finding.element());
        assertEquals(severity, finding.severity());
        assertEquals(en, finding.message(Language.EN));
        assertEquals(th, finding.message(Language.TH));
        assertTrue(en.contains(finding.elementLabel()) && th.contains(finding.elementLabel()), "the messages name the element");
    }
}
