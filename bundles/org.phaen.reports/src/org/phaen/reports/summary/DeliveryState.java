/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.summary;

import org.phaen.documents.Wording;
import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Tone;

/**
 * Where a scheduled report stands on a given day. Late, overdue and incomplete (sent on time, but not to every
 * recipient the schedule names) are flagged.
 */
public enum DeliveryState {
    ON_TIME(ThaiTexts.text("delivery.ON_TIME"), Tone.GOOD),
    INCOMPLETE(Wording.THAI.text("delivery.incomplete"), Tone.FAIR),
    LATE(ThaiTexts.text("delivery.LATE"), Tone.FAIR),
    OVERDUE(ThaiTexts.text("delivery.OVERDUE"), Tone.BAD),
    NOT_DUE(ThaiTexts.text("delivery.NOT_DUE"), Tone.NONE);

    private final String th;
    private final Tone tone;

    DeliveryState(String th, Tone tone) {
        this.th = th;
        this.tone = tone;
    }

    public String labelTh() {
        return th;
    }

    public Tone tone() {
        return tone;
    }

    public boolean flagged() {
        return this == LATE || this == OVERDUE || this == INCOMPLETE;
    }
}
