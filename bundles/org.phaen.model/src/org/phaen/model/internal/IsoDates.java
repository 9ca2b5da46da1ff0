/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reads ISO dates ({@code 2019-09-30}) for the model's LocalDate data type. Plan files hold many
 * dates; the common fixed-width form is parsed directly, anything else goes to the JDK's parser.
 */
public final class IsoDates {

    private static final int FIRST_SHARED_YEAR = 1990, SHARED_YEARS = 80;
    private static final AtomicReferenceArray<LocalDate> DAYS = new AtomicReferenceArray<>(SHARED_YEARS * 12 * 31);

    private IsoDates() {}

    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return shared(year, month, day);
            }
        }
        return LocalDate.parse(text.trim());
    }

    /**
     * One LocalDate per day for the years plans cover (a plan file repeats a few hundred days thousands of times);
     * LocalDate is immutable, so sharing it is safe.
     */
    private static LocalDate shared(int year, int month, int day) {
        if (year < FIRST_SHARED_YEAR
                || year >= FIRST_SHARED_YEAR + SHARED_YEARS
                || month < 1
                || month > 12
                || day < 1
                || day > 31) {
            return LocalDate.of(year, month, day); // validates month and day
        }
        int slot = ((year - FIRST_SHARED_YEAR) * 12 + month - 1) * 31 + day - 1;
        LocalDate date = DAYS.get(slot);
        if (date == null) {
            date = LocalDate.of(year, month, day); // still validates the day of the month
            DAYS.set(slot, date);
        }
        return date;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
