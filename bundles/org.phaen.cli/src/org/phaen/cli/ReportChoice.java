package org.phaen.cli;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.phaen.model.MonitoringPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;

/** Which monitoring plan and reporting period a report is about, from {@code --fy}, {@code --period} and {@code --as-of}. */
final class ReportChoice {

    private ReportChoice() {
    }

    /** The fiscal year's monitoring plan in the last plan loaded (the one the store's data are about). */
    static MonitoringPlan monitoringPlan(List<PlanModel> plans, int fiscalYear) throws BadInputException {
        PlanModel last = plans.get(plans.size() - 1);
        return last.getMonitoringPlans().stream().filter(m -> m.getFiscalYear() == fiscalYear).findFirst()
            .orElseThrow(() -> new BadInputException("the last plan given has no monitoring plan for fiscal year " + fiscalYear, null));
    }

    /**
     * {@code year} for the whole fiscal year (null), a period code, or by default the period that ended last by
     * {@code asOf}: of periods ending the same day, the longest (the 9-month round rather than Q3), as offices report.
     */
    static ReportingPeriod period(MonitoringPlan plan, String code, LocalDate asOf) throws BadInputException {
        List<ReportingPeriod> periods = plan.getReportingPeriods();
        if ("year".equals(code)) {
            return null;
        }
        if (code != null) {
            return periods.stream().filter(p -> code.equals(p.getCode())).findFirst().orElseThrow(() -> new BadInputException("no reporting period '"
                + code + "' in " + plan.getCode() + "; its periods: " + periods.stream().map(ReportingPeriod::getCode).toList() + " or year", null));
        }
        return periods.stream().filter(p -> p.getEndDate() != null && !p.getEndDate().isAfter(asOf))
            .max(Comparator.comparing(ReportingPeriod::getEndDate).thenComparing(ReportingPeriod::getMonths))
            .orElseThrow(() -> new BadInputException("no reporting period of " + plan.getCode() + " has ended by " + asOf
                + "; name one with --period", null));
    }

    static String label(ReportingPeriod period) {
        return period == null ? "year" : period.getCode();
    }
}
