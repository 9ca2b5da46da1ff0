/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.indicator;

import java.util.Collection;
import java.util.stream.Collectors;
import org.phaen.model.ActionPlan;
import org.phaen.model.Indicator;
import org.phaen.model.PlanDocument;
import org.phaen.model.Project;
import org.phaen.model.StrategicPlan;
import org.phaen.model.ValueType;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.model.trace.Traceability;

/** What the indicator rules share: the plan period an indicator's targets belong to, and its kind of value. */
final class Indicators {

    private Indicators() {}

    /**
     * The B.E. fiscal years an indicator needs targets for: its strategic plan's start to end year, or,
     * for a project's indicator, the fiscal year of the project's action plan.
     */
    record Period(int first, int last, boolean project) {

        boolean contains(int year) {
            return year >= first && year <= last;
        }
    }

    /** The indicator's plan period, or null when it is in no plan or the plan's years are not sane B.E. years. */
    static Period periodOf(Indicator indicator) {
        PlanDocument document = Traceability.documentOf(indicator);
        if (document instanceof StrategicPlan plan) {
            return sane(plan.getStartYear(), plan.getEndYear(), false);
        }
        if (document instanceof ActionPlan action && indicator.eContainer() instanceof Project) {
            return sane(action.getFiscalYear(), action.getFiscalYear(), true);
        }
        return null;
    }

    private static Period sane(int first, int last, boolean project) {
        return isBeYear(first) && isBeYear(last) && first <= last ? new Period(first, last, project) : null;
    }

    static boolean isBeYear(int year) {
        return year >= FiscalYear.MIN_BE_YEAR && year <= FiscalYear.MAX_BE_YEAR;
    }

    /** Yes/no and text indicators have no unit, no direction and no numeric scale. */
    static boolean isQualitative(Indicator indicator) {
        return indicator.isSetValueType()
                && (indicator.getValueType() == ValueType.YES_NO || indicator.getValueType() == ValueType.TEXT);
    }

    /** Years as message text, e.g. "2563, 2564" (never formatted as numbers, which would print "2,563"). */
    static String years(Collection<Integer> years) {
        return years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
