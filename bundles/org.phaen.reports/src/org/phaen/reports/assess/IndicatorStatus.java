/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.assess;

import org.phaen.reports.internal.content.ThaiTexts;
import org.phaen.reports.internal.document.Tone;

/** Where an indicator stands against its target for the fiscal year; see {@link IndicatorAssessment} for the rules. */
public enum IndicatorStatus {
    MET(Tone.GOOD),
    ON_TRACK(Tone.FAIR),
    BEHIND(Tone.BAD),
    NO_DATA(Tone.MUTED);

    private final Tone tone;

    IndicatorStatus(Tone tone) {
        this.tone = tone;
    }

    public String labelTh() {
        return ThaiTexts.THAI.text("indicator." + name());
    }

    public String labelEn() {
        return ThaiTexts.ENGLISH.text("indicator." + name());
    }

    public Tone tone() {
        return tone;
    }
}
