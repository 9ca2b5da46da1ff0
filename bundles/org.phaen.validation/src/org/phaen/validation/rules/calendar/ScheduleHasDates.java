/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.calendar;

import java.time.LocalDate;
import org.phaen.model.Activity;
import org.phaen.model.Named;
import org.phaen.model.Project;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-CAL-006: a project or activity has a start and an end date; without them it cannot be scheduled or followed. */
public final class ScheduleHasDates extends AbstractRule<Named> {

    public ScheduleHasDates() {
        super("PH-CAL-006", Severity.WARNING, Named.class);
    }

    @Override
    protected void verify(Named element, RuleContext context, Findings findings) {
        if (element instanceof Project project) {
            check(project, "", project.getStartDate(), project.getEndDate(), findings);
        } else if (element instanceof Activity activity) {
            check(activity, "activity", activity.getStartDate(), activity.getEndDate(), findings);
        }
    }

    /** Variants: none / {@code activity} (both dates missing), then {@code [activity]NoStart}, {@code [activity]NoEnd}. */
    private static void check(Named element, String kind, LocalDate start, LocalDate end, Findings findings) {
        if (start == null && end == null) {
            findings.reportVariant(element, kind.isEmpty() ? null : kind);
        } else if (start == null) {
            findings.reportVariant(element, kind.isEmpty() ? "noStart" : kind + "NoStart");
        } else if (end == null) {
            findings.reportVariant(element, kind.isEmpty() ? "noEnd" : kind + "NoEnd");
        }
    }
}
