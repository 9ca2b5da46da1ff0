/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.data;

import java.time.LocalDate;
import java.util.List;

/**
 * A scheduled report handed in (or still owed).
 *
 * @param report the {@link org.phaen.model.ScheduledReport}'s uuid
 * @param due when it was due
 * @param delivered when it was delivered, null while outstanding
 * @param recipients the uuids of the organisations it was sent to
 */
public record ReportDelivery(String report, LocalDate due, LocalDate delivered, List<String> recipients) {

    public ReportDelivery {
        Rows.uuid(report, "report");
        if (due == null) {
            throw new IllegalArgumentException("due date is missing");
        }
        recipients = List.copyOf(recipients);
    }

    public boolean overdue(LocalDate today) {
        return delivered == null ? today.isAfter(due) : delivered.isAfter(due);
    }
}
