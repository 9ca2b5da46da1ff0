/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.xlsx;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.regex.Pattern;

/**
 * Numbers and dates as people type them into a sheet. Numbers: Thai digits (๐-๙), commas between thousands, one
 * decimal point, a trailing %; exact decimals; {@code 1.234,5}, {@code 12,34} or {@code 1,2,3,4} are no numbers
 * rather than a different figure. Dates: ISO 2019-03-15 or d/M/yyyy as Thai offices write them, with the year in
 * B.E. (above 2400) or C.E.: 15/3/2562 and 15/3/2019 are the same day.
 */
public final class TypedText {

    /** The forms of a date {@link #date} reads, for messages. */
    public static final String DATE_FORMS = "2019-03-15, 15/3/2019 or 15/3/2562";
    /** Years above this are B.E. */
    public static final int MIN_BE_YEAR = 2400;

    /** Commas only every three digits from the decimal point; at most one decimal point. */
    private static final Pattern WELL_FORMED = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|[+-]?\\.\\d+");

    private TypedText() {}

    /** Thai digits as ASCII ones, everything else unchanged. */
    public static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            ascii.append(
                    Character.UnicodeBlock.of(c) == Character.UnicodeBlock.THAI && Character.isDigit(c)
                            ? (char) ('0' + Character.digit(c, 10))
                            : c);
        }
        return ascii.toString();
    }

    /** The number, or null when {@code text} is not a well-formed one. */
    public static BigDecimal number(String text) {
        String s = asciiDigits(text.replace('\u00A0', ' ').strip());
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return WELL_FORMED.matcher(s).matches() ? new BigDecimal(s.replace(",", "")) : null;
    }

    /** The date written, or null when {@code text} is no date in one of {@link #DATE_FORMS}. */
    public static LocalDate date(String text) {
        String s = asciiDigits(text.strip());
        try {
            if (!s.contains("/")) {
                return LocalDate.parse(s);
            }
            String[] dmy = s.split("/");
            if (dmy.length != 3) {
                return null;
            }
            int year = Integer.parseInt(dmy[2]);
            int month = Integer.parseInt(dmy[1]);
            int day = Integer.parseInt(dmy[0]);
            return year > MIN_BE_YEAR
                    ? LocalDate.from(ThaiBuddhistDate.of(year, month, day))
                    : LocalDate.of(year, month, day);
        } catch (RuntimeException e) { // a bad number, a missing part or an impossible date
            return null;
        }
    }

    /** What is wrong with a C.E. date whose year is really B.E. (2562 for 2019), with how to type it; null when nothing. */
    public static String buddhistEraYear(LocalDate date) {
        if (date.getYear() <= MIN_BE_YEAR) {
            return null;
        }
        String hint = "";
        try {
            LocalDate meant =
                    LocalDate.from(ThaiBuddhistDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
            hint = ": type " + meant.getDayOfMonth() + "/" + meant.getMonthValue() + "/" + meant.getYear()
                    + " (a date cell shows it in B.E.) or the text " + meant.getDayOfMonth() + "/"
                    + meant.getMonthValue() + "/"
                    + date.getYear();
        } catch (DateTimeException e) {
            // 29 February of a B.E. year whose C.E. year is no leap year: no date to suggest
        }
        return "the year " + date.getYear() + " is a B.E. year in a date that counts years C.E." + hint;
    }
}
