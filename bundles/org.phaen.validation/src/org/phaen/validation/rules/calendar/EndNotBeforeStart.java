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
import org.phaen.model.Named;
import org.phaen.model.Project;
import org.phaen.model.StrategicPlan;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-CAL-005: a strategic plan, project or activity does not end before it starts; the dates were swapped or mistyped. */
public final class EndNotBeforeStart extends AbstractRule<Named> {

    public EndNotBeforeStart() {
        super("PH-CAL-005", Severity.ERROR, Named.class);
    }

    @Override
    protected void verify(Named element, RuleContext context, Findings findings) {
        if (element instanceof StrategicPlan plan) {
            if (plan.getStartYear() != 0 && plan.getEndYear() != 0 && plan.getEndYear() < plan.getStartYear()) {
                findings.reportVariant(
                        plan, "plan", String.valueOf(plan.getStartYear()), String.valueOf(plan.getEndYear()));
            }
        } else if (element instanceof Project project) {
            check(project, null, project.getStartDate(), project.getEndDate(), findings);
        } else if (element instanceof Activity activity) {
            check(activity, "activity", activity.getStartDate(), activity.getEndDate(), findings);
        }
    }

    private static void check(Named element, String variant, LocalDate start, LocalDate end, Findings findings) {
        if (start != null && end != null && end.isBefore(start)) {
            findings.reportVariant(element, variant, DateArguments.of(Arrays.asList(start, end)));
        }
    }
}
