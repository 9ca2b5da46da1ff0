package org.phaen.instruments.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Named;
import org.phaen.model.Organization;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.Target;
import org.phaen.model.calendar.FiscalPeriod;
import org.phaen.model.calendar.FiscalYear;

/** What planners read from the plan for one fiscal year, with the wording they share. */
public final class PlanFacts {

    private final FiscalYear fiscalYear;
    private final MonitoringPlan monitoringPlan;

    public PlanFacts(FiscalYear fiscalYear, MonitoringPlan monitoringPlan) {
        this.fiscalYear = fiscalYear;
        this.monitoringPlan = monitoringPlan;
    }

    public FiscalYear fiscalYear() {
        return fiscalYear;
    }

    /** "KPI-1 ร้อยละของ..." — code and Thai name, as officials cite plan elements. */
    public static String label(Named element) {
        String code = element.getCode() == null ? "" : element.getCode() + " ";
        return code + (element.getName() == null ? "(ไม่มีชื่อ)" : element.getName());
    }

    public static String labelEn(Named element) {
        String code = element.getCode() == null ? "" : element.getCode() + " ";
        return code + (element.getNameEn() != null ? element.getNameEn() : element.getName() == null ? "(no name)" : element.getName());
    }

    /** The target of an indicator for this fiscal year, or null when the plan sets none. */
    public BigDecimal target(Indicator indicator) {
        for (Target target : indicator.getTargets()) {
            if (target.getFiscalYear() == fiscalYear.beYear() && target.getValue() != null) {
                return target.getValue();
            }
        }
        return null;
    }

    /** The reporting periods of the monitoring plan, or the fiscal year's quarters when it names none. */
    public PlannedScale periods(InstrumentDraft draft) {
        List<PlannedScale.Level> levels = new ArrayList<>();
        if (monitoringPlan != null && !monitoringPlan.getReportingPeriods().isEmpty()) {
            int value = 1;
            for (ReportingPeriod period : monitoringPlan.getReportingPeriods()) {
                levels.add(new PlannedScale.Level(value++, period.getName(), period.getNameEn() == null ? period.getName() : period.getNameEn()));
            }
        } else {
            draft.missing("the fiscal year " + fiscalYear.beYear() + " monitoring plan names no reporting periods; quarters are used");
            for (FiscalPeriod quarter : fiscalYear.quarters()) {
                levels.add(new PlannedScale.Level(quarter.sequence(), quarter.labelTh(), quarter.labelEn()));
            }
        }
        return new PlannedScale("PERIOD-" + fiscalYear.beYear(), "รอบการรายงาน", "Reporting period", levels);
    }

    /** The reporting agencies of the monitoring plan as a choice list (empty, with a warning, when none). */
    public PlannedScale agencies(InstrumentDraft draft) {
        List<PlannedScale.Level> levels = new ArrayList<>();
        if (monitoringPlan == null || monitoringPlan.getReportingAgencies().isEmpty()) {
            draft.missing("the fiscal year " + fiscalYear.beYear() + " monitoring plan names no reporting agencies");
        } else {
            int value = 1;
            for (Organization agency : monitoringPlan.getReportingAgencies()) {
                levels.add(new PlannedScale.Level(value++, label(agency), labelEn(agency)));
            }
        }
        return new PlannedScale("AGENCY-" + fiscalYear.beYear(), "หน่วยงานที่รายงาน", "Reporting agency", levels);
    }
}
