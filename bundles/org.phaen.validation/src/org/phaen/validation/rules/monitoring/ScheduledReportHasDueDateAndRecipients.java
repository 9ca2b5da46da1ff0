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
