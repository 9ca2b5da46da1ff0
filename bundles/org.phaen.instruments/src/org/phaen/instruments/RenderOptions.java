/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.time.LocalDate;

/**
 * How to render: Thai numerals in dates and numbers (๒๕๖๒) as Thai government documents may use, the date
 * printed as the issue date of the form, and whether printed forms (DOCX, PDF) repeat every label and choice in
 * English under the Thai ({@code bilingual}); Thai offices print Thai only, which halves a survey's length.
 */
public record RenderOptions(boolean thaiNumerals, LocalDate issued, boolean bilingual) {

    /** Thai-only print. */
    public RenderOptions(boolean thaiNumerals, LocalDate issued) {
        this(thaiNumerals, issued, false);
    }

    public static RenderOptions defaults() {
        return new RenderOptions(false, LocalDate.now());
    }

    /** Numbers the form adds (item numbers, years, level values) in the chosen digits; user text is never converted. */
    public String digits(Object value) {
        return digits(thaiNumerals, value);
    }

    public static String digits(boolean thaiNumerals, Object value) {
        String s = String.valueOf(value);
        return thaiNumerals ? org.phaen.model.calendar.ThaiDates.toThaiDigits(s) : s;
    }
}
