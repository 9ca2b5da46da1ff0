/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.phaen.model.Organization;
import org.phaen.model.ScheduledReport;

/**
 * One scheduled report and its delivery.
 *
 * @param due the model's due date (the store's when the model has none)
 * @param delivered null while outstanding
 * @param planned the recipients the schedule names
 * @param sentTo the recipients it actually went to
 */
public record ScheduleRow(
        ScheduledReport report,
        LocalDate due,
        LocalDate delivered,
        List<Organization> planned,
        List<Organization> sentTo,
        DeliveryState state) {

    static DeliveryState state(LocalDate due, LocalDate delivered, LocalDate today) {
        return state(due, delivered, today, false);
    }

    /** {@code missingRecipients}: it went to fewer recipients than the schedule names, so on time is not enough. */
    static DeliveryState state(LocalDate due, LocalDate delivered, LocalDate today, boolean missingRecipients) {
        if (delivered != null) {
            boolean onTime = due == null || !delivered.isAfter(due);
            return !onTime ? DeliveryState.LATE : missingRecipients ? DeliveryState.INCOMPLETE : DeliveryState.ON_TIME;
        }
        return due != null && today.isAfter(due) ? DeliveryState.OVERDUE : DeliveryState.NOT_DUE;
    }

    /** Days past the due date on delivery (or today, while outstanding); 0 when not late. */
    public long daysLate(LocalDate today) {
        if (due == null) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(due, delivered != null ? delivered : today));
    }

    /** The planned recipients it has not reached. */
    public List<Organization> missing() {
        return planned.stream().filter(o -> !sentTo.contains(o)).toList();
    }
}
