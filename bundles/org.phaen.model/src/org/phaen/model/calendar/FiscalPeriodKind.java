/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.calendar;

/**
 * The kinds of reporting period inside a Thai fiscal year. The literals match the
 * {@code PeriodKind} enum of the metamodel so the two can be mapped by name.
 */
public enum FiscalPeriodKind {
    /** One calendar month; sequence 1..12, month 1 is October. */
    MONTH("M", 1, 12),
    /** Three months; sequence 1..4, Q1 is October to December. */
    QUARTER("Q", 3, 4),
    /** Six months; sequence 1..2, H1 is October to March. */
    HALF_YEAR("H", 6, 2),
    /** A round counted from 1 October; sequence 1..4 covers 3, 6, 9 and 12 months. */
    CUMULATIVE("C", 3, 4),
    /** The whole fiscal year; sequence is always 1. */
    FULL_YEAR("Y", 12, 1);

    private final String codeLetter;
    private final int monthsPerStep;
    private final int count;

    FiscalPeriodKind(String codeLetter, int monthsPerStep, int count) {
        this.codeLetter = codeLetter;
        this.monthsPerStep = monthsPerStep;
        this.count = count;
    }

    /** The letter used in period codes such as {@code 2562-Q1}. */
    public String codeLetter() {
        return codeLetter;
    }

    /** How many periods of this kind one fiscal year has (valid sequences are 1..count). */
    public int count() {
        return count;
    }

    /** Months from 1 October to the first day of the period with this sequence. */
    int firstMonthOffset(int sequence) {
        return this == CUMULATIVE ? 0 : (sequence - 1) * monthsPerStep;
    }

    /** Number of months covered by the period with this sequence. */
    int months(int sequence) {
        return this == CUMULATIVE ? sequence * monthsPerStep : monthsPerStep;
    }

    static FiscalPeriodKind fromCodeLetter(String letter) {
        for (FiscalPeriodKind kind : values()) {
            if (kind.codeLetter.equals(letter)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown period kind letter: " + letter);
    }
}
