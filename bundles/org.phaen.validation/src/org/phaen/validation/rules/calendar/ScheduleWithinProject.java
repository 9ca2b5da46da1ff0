/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import org.phaen.model.Activity;
import org.phaen.model.Milestone;
import org.phaen.model.Named;
import org.phaen.model.Project;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-CAL-002: an activity runs inside its project's period, and a milestone falls due inside its action plan's fiscal year. */
public final class ScheduleWithinProject extends AbstractRule<Named> {

    public ScheduleWithinProject() {
        super("PH-CAL-002", Severity.ERROR, Named.class);
    }

    @Override
    protected void verify(Named element, RuleContext context, Findings findings) {
        if (element instanceof Activity activity && activity.eContainer() instanceof Project project) {
            LocalDate from = project.getStartDate();
            LocalDate to = project.getEndDate();
            if (from != null && to != null) {
                if (!to.isBefore(from)) { // a reversed project is PH-CAL-005's
                    check(activity, null, activity.getStartDate(), from, to, null, findings);
                    check(activity, "end", activity.getEndDate(), from, to, null, findings);
                }
            } else { // a project without a complete period: its action plan's fiscal year bounds the activity
                FiscalYear year = Dates.actionPlanYear(project);
                if (year != null) {
                    check(activity, "fiscalYear", activity.getStartDate(), year.start(), year.end(), year, findings);
                    check(activity, "fiscalYearEnd", activity.getEndDate(), year.start(), year.end(), year, findings);
                }
            }
        } else if (element instanceof Milestone milestone && milestone.getDueDate() != null) {
            FiscalYear year = Dates.actionPlanYear(milestone);
            if (year != null) {
                check(milestone, "milestone", milestone.getDueDate(), year.start(), year.end(), year, findings);
            }
        }
    }

    private static void check(
            Named element,
            String variant,
            LocalDate date,
            LocalDate from,
            LocalDate to,
            FiscalYear year,
            Findings findings) {
        if (Dates.outside(date, from, to)) {
            findings.reportVariant(
                    element,
                    variant,
                    DateArguments.of(Arrays.asList(date, from, to), year == null ? "" : String.valueOf(year.beYear())));
        }
    }
}
