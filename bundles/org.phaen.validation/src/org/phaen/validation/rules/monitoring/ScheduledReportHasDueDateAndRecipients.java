/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation.rules.monitoring;

import org.phaen.model.ScheduledReport;
import org.phaen.validation.AbstractRule;
import org.phaen.validation.Findings;
import org.phaen.validation.RuleContext;
import org.phaen.validation.Severity;

/** PH-MON-003: a scheduled report has a due date and at least one recipient, or nobody knows when and to whom it goes. */
public final class ScheduledReportHasDueDateAndRecipients extends AbstractRule<ScheduledReport> {

    public ScheduledReportHasDueDateAndRecipients() {
        super("PH-MON-003", Severity.ERROR, ScheduledReport.class);
    }

    @Override
    protected void verify(ScheduledReport report, RuleContext context, Findings findings) {
        if (report.getDueDate() == null) {
            findings.report(report);
        }
        if (report.getRecipients().isEmpty()) {
            findings.reportVariant(report, "noRecipient");
        }
    }
}
