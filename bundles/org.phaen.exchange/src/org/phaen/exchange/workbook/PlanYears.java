/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import org.phaen.model.ActionPlan;
import org.phaen.model.PlanModel;
import org.phaen.model.StrategicPlan;
import org.phaen.model.Target;
import org.phaen.model.calendar.FiscalYear;

/** The fiscal years (B.E.) that get a target column: the plans' periods and every year a target is set for. */
final class PlanYears {

    private PlanYears() {}

    static SortedSet<Integer> of(PlanModel model) {
        SortedSet<Integer> years = new TreeSet<>();
        for (var plan : model.getPlans()) {
            if (plan instanceof StrategicPlan strategic
                    && strategic.getStartYear() > 0
                    && strategic.getEndYear() >= strategic.getStartYear()
                    && strategic.getEndYear() - strategic.getStartYear() < 30) {
                for (int y = strategic.getStartYear(); y <= strategic.getEndYear(); y++) {
                    years.add(y);
                }
            } else if (plan instanceof ActionPlan action && action.getFiscalYear() > 0) {
                years.add(action.getFiscalYear());
            }
        }
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Target target && target.getFiscalYear() > 0) {
                years.add(target.getFiscalYear());
            }
        });
        return years;
    }

    /** Five years from the fiscal year of the day, for a workbook without a plan. */
    static SortedSet<Integer> around(LocalDate day) {
        int first = FiscalYear.containing(day).beYear();
        SortedSet<Integer> years = new TreeSet<>();
        for (int y = first; y < first + 5; y++) {
            years.add(y);
        }
        return years;
    }
}
