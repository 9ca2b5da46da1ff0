package org.phaen.validation.rules.calendar;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.ActionPlan;
import org.phaen.model.Activity;
import org.phaen.model.Milestone;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PeriodKind;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.ReportingPeriod;
import org.phaen.validation.Finding;
import org.phaen.validation.Language;
import org.phaen.validation.Severity;

/** Action plans with projects, activities and milestones, and monitoring plans with reporting periods. */
final class CalendarFixtures {

    static final PhaenFactory F = PhaenFactory.eINSTANCE;
    static final String PROJECT = "P-01 \"โครงการส่งเสริมการอ่าน\"";
    static final String ACTIVITY = "P-01-A1 \"อบรมครู\"";

    private CalendarFixtures() {
    }

    static ActionPlan actionPlan(PlanModel model, int fiscalYear) {
        ActionPlan action = F.createActionPlan();
        action.setCode("AP");
        action.setName("แผนปฏิบัติราชการประจำปี");
        action.setFiscalYear(fiscalYear);
        model.getPlans().add(action);
        return action;
    }

    /** Project P-01 of a fresh FY 2562 action plan, running over the given dates (null: not set). */
    static Project project(String start, String end) {
        return project(actionPlan(F.createPlanModel(), 2562), start, end);
    }

    static Project project(ActionPlan action, String start, String end) {
        Project project = F.createProject();
        project.setCode("P-01");
        project.setName("โครงการส่งเสริมการอ่าน");
        project.setStartDate(date(start));
        project.setEndDate(date(end));
        action.getProjects().add(project);
        return project;
    }

    static Activity activity(Project project, String start, String end) {
        Activity activity = F.createActivity();
        activity.setCode("P-01-A1");
        activity.setName("อบรมครู");
        activity.setStartDate(date(start));
        activity.setEndDate(date(end));
        project.getActivities().add(activity);
        return activity;
    }

    static Milestone milestone(Activity activity, String due) {
        Milestone milestone = F.createMilestone();
        milestone.setName("ส่งรายงานสรุปผล");
        milestone.setDueDate(date(due));
        activity.getMilestones().add(milestone);
        return milestone;
    }

    static MonitoringPlan monitoringPlan(PlanModel model, int fiscalYear) {
        MonitoringPlan plan = F.createMonitoringPlan();
        plan.setCode("MON");
        plan.setName("แผนการติดตามและประเมินผล");
        plan.setFiscalYear(fiscalYear);
        model.getMonitoringPlans().add(plan);
        return plan;
    }

    /** A reporting period coded like the samples (e.g. 2562-Q1); sequence or months 0 mean not set. */
    static ReportingPeriod period(MonitoringPlan plan, String code, PeriodKind kind, int sequence, int months, String start, String end) {
        ReportingPeriod period = F.createReportingPeriod();
        period.setCode(code);
        period.setName("รอบ " + code);
        if (kind != null) {
            period.setKind(kind);
        }
        period.setSequence(sequence);
        period.setMonths(months);
        period.setStartDate(date(start));
        period.setEndDate(date(end));
        plan.getReportingPeriods().add(period);
        return period;
    }

    static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static PlanModel modelOf(EObject element) {
        return (PlanModel) EcoreUtil.getRootContainer(element);
    }

    static Finding assertFinding(Finding finding, Object element, Severity severity, String english, String thai) {
        assertSame(element, finding.element());
        assertEquals(severity, finding.severity());
        assertEquals(english, finding.message(Language.EN));
        assertEquals(thai, finding.message(Language.TH));
        assertTrue(finding.message(Language.EN).contains(finding.elementLabel()));
        assertTrue(finding.message(Language.TH).contains(finding.elementLabel()));
        assertFalse(finding.hint(Language.TH).isBlank());
        return finding;
    }
}
