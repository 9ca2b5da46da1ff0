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
 * A meeting of a monitoring committee and what it decided.
 *
 * @param committee the committee's uuid
 * @param held the meeting date
 * @param subject what was reviewed (an action plan, project or report uuid), may be null
 * @param decisions the decisions taken, in order
 */
public record ReviewMeeting(String committee, LocalDate held, String subject, List<String> decisions) {

    public ReviewMeeting {
        Rows.uuid(committee, "committee");
        if (held == null) {
            throw new IllegalArgumentException("meeting date is missing");
        }
        decisions = List.copyOf(decisions);
    }
}
