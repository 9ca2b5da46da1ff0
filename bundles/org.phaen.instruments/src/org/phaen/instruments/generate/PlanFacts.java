/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import static org.phaen.instruments.generate.PlannerWords.INSTANCE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.phaen.model.Indicator;
import org.phaen.model.MonitoringPlan;
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

    /** The indicator's unit in each language, empty where the model has none (never Thai on the English side). */
    public static BilingualText unit(Indicator indicator) {
        return new BilingualText(
                indicator.getUnit() == null ? "" : indicator.getUnit(),
                indicator.getUnitEn() == null ? "" : indicator.getUnitEn());
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

    /** {@code ค่าเป้าหมาย 90} (with the unit when asked: {@code ค่าเป้าหมาย 90 ร้อยละ}), or a blank to fill when the plan sets none. */
    public BilingualText targetHint(Indicator indicator, boolean withUnit) {
        BigDecimal target = target(indicator);
        if (target == null) {
            return INSTANCE.text("hint.targetMissing");
        }
        BilingualText value = new BilingualText(target.toPlainString(), target.toPlainString());
        return INSTANCE.text("hint.target", withUnit ? value.followedBy(unit(indicator)) : value);
    }

    /** The reporting periods of the monitoring plan, or the fiscal year's quarters when it names none. */
    public PlannedScale periods(InstrumentDraft draft) {
        List<PlannedScale.Level> levels = new ArrayList<>();
        if (monitoringPlan != null && !monitoringPlan.getReportingPeriods().isEmpty()) {
            int value = 1;
            for (ReportingPeriod period : monitoringPlan.getReportingPeriods()) {
                levels.add(new PlannedScale.Level(value++, BilingualText.nameOf(period)));
            }
        } else {
            draft.missing("the fiscal year " + fiscalYear.beYear()
                    + " monitoring plan names no reporting periods; quarters are used");
            for (FiscalPeriod quarter : fiscalYear.quarters()) {
                levels.add(new PlannedScale.Level(
                        quarter.sequence(), new BilingualText(quarter.labelTh(), quarter.labelEn())));
            }
        }
        return new PlannedScale("PERIOD-" + fiscalYear.beYear(), INSTANCE.text("scale.period"), levels);
    }

    /** The reporting agencies of the monitoring plan as a choice list (empty, with a warning, when none). */
    public PlannedScale agencies(InstrumentDraft draft) {
        List<PlannedScale.Level> levels = new ArrayList<>();
        if (monitoringPlan == null || monitoringPlan.getReportingAgencies().isEmpty()) {
            draft.missing("the fiscal year " + fiscalYear.beYear() + " monitoring plan names no reporting agencies");
        } else {
            int value = 1;
            for (Organization agency : monitoringPlan.getReportingAgencies()) {
                levels.add(new PlannedScale.Level(value++, BilingualText.of(agency)));
            }
        }
        return new PlannedScale("AGENCY-" + fiscalYear.beYear(), INSTANCE.text("scale.agency"), levels);
    }
}
