/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import java.util.List;
import org.phaen.model.ReportingPeriod;
import org.phaen.model.ScheduledReport;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.DateArguments;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-MON-007: a scheduled report is not due before its period ends; a report on a period cannot be complete sooner. */
public final class ScheduledReportDueAfterPeriodEnds extends AbstractRule<ScheduledReport> {

    public ScheduledReportDueAfterPeriodEnds() {
        super("PH-MON-007", Severity.WARNING, ScheduledReport.class);
    }

    @Override
    protected void verify(ScheduledReport report, RuleContext context, Findings findings) {
        ReportingPeriod period = report.getPeriod();
        if (report.getDueDate() != null
                && period != null
                && period.getEndDate() != null
                && report.getDueDate().isBefore(period.getEndDate())) {
            findings.report(
                    report,
                    DateArguments.of(List.of(report.getDueDate(), period.getEndDate()), Findings.labelOf(period)));
        }
    }
}
