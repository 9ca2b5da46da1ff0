package org.phaen.reports.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A scheduled report handed in, or still owed.
 *
 * @param report the {@link org.phaen.model.ScheduledReport}'s uuid
 * @param due the due date the store recorded (the model's date wins when both exist)
 * @param delivered when it was delivered, null while outstanding
 * @param recipients the uuids of the organisations it was actually sent to
 */
public record ReportDelivery(String report, LocalDate due, LocalDate delivered, List<String> recipients) {

    public ReportDelivery {
        Objects.requireNonNull(report, "report");
        recipients = List.copyOf(recipients);
    }
}
