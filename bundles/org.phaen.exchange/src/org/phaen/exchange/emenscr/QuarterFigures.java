/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.emenscr;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.PeriodKind;
import org.phaen.model.PlanModel;
import org.phaen.model.ReportingPeriod;
import org.phaen.monitoring.store.StoreRows;

/**
 * What the monitoring store holds of each project per quarter of the fiscal year: the progress reported (percent
 * complete, and the narrative of the last quarter reported) and the budget disbursed from every source. Quarters
 * are the reporting periods of kind QUARTER of the year's monitoring plans, in order of their sequence.
 */
final class QuarterFigures {

    static final QuarterFigures NONE = new QuarterFigures();

    /** One project's figures, indexed by quarter 0-3; null where nothing was reported. */
    record Figures(BigDecimal[] progress, BigDecimal[] disbursed, String[] narrative) {}

    private final Map<String, Figures> byProject = new HashMap<>();

    private QuarterFigures() {}

    static QuarterFigures load(StoreRows rows, PlanModel plan, int fiscalYear) throws SQLException {
        Map<String, Integer> quarters = new HashMap<>();
        for (MonitoringPlan monitoring : plan.getMonitoringPlans()) {
            if (monitoring.getFiscalYear() != fiscalYear) {
                continue;
            }
            for (ReportingPeriod period : monitoring.getReportingPeriods()) {
                if (period.getKind() == PeriodKind.QUARTER && period.getSequence() >= 1 && period.getSequence() <= 4) {
                    quarters.put(period.getUuid(), period.getSequence() - 1);
                }
            }
        }
        QuarterFigures figures = new QuarterFigures();
        if (quarters.isEmpty()) {
            return figures;
        }
        List<String> periods = List.copyOf(quarters.keySet());
        for (var state : rows.progress(periods)) {
            Figures f = figures.of(state.project());
            int q = quarters.get(state.period());
            f.progress()[q] = state.percentComplete();
            f.narrative()[q] = state.narrative();
        }
        for (var spent : rows.disbursements(periods)) {
            Figures f = figures.of(spent.project());
            int q = quarters.get(spent.period());
            f.disbursed()[q] = f.disbursed()[q] == null ? spent.amount() : f.disbursed()[q].add(spent.amount());
        }
        return figures;
    }

    private Figures of(String project) {
        return byProject.computeIfAbsent(
                project, p -> new Figures(new BigDecimal[4], new BigDecimal[4], new String[4]));
    }

    /** The project's figures; all blank when the store has none (or no store was given). */
    Figures of(org.phaen.model.Project project) {
        Figures f = byProject.get(project.getUuid());
        return f != null ? f : new Figures(new BigDecimal[4], new BigDecimal[4], new String[4]);
    }
}
