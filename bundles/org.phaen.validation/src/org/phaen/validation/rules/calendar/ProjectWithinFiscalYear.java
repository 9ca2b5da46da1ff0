/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import org.phaen.model.Project;
import org.phaen.model.calendar.FiscalYear;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-CAL-001: a project's start and end dates lie inside the fiscal year of its action plan, which funds it. */
public final class ProjectWithinFiscalYear extends AbstractRule<Project> {

    public ProjectWithinFiscalYear() {
        super("PH-CAL-001", Severity.ERROR, Project.class);
    }

    @Override
    protected void verify(Project project, RuleContext context, Findings findings) {
        FiscalYear year = Dates.actionPlanYear(project);
        if (year == null) {
            return;
        }
        check(project, null, project.getStartDate(), year, findings);
        check(project, "end", project.getEndDate(), year, findings);
    }

    private static void check(Project project, String variant, LocalDate date, FiscalYear year, Findings findings) {
        if (date != null && !year.contains(date)) {
            findings.reportVariant(
                    project,
                    variant,
                    DateArguments.of(Arrays.asList(date, year.start(), year.end()), String.valueOf(year.beYear())));
        }
    }
}
