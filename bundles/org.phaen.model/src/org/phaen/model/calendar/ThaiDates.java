/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.calendar;

import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Thai Buddhist-Era date formatting as used in government documents. Month names come from
 * the JDK's CLDR data for th-TH, with the year converted by {@link ThaiBuddhistChronology}.
 */
public final class ThaiDates {

    public static final Locale THAI = Locale.of("th", "TH");

    /** Thai digit zero, from the JDK's locale data for Thai digits; the others follow it in Unicode. */
    private static final char THAI_ZERO = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("th-TH-u-nu-thai"))
            .getZeroDigit();

    private static final DateTimeFormatter LONG = thai("d MMMM yyyy");
    private static final DateTimeFormatter SHORT = thai("d MMM yy");
    private static final DateTimeFormatter MONTH_YEAR = thai("MMMM yyyy");

    private ThaiDates() {}

    private static DateTimeFormatter thai(String pattern) {
        // 'y' is year-of-era, which in the Thai Buddhist chronology is the B.E. year.
        return DateTimeFormatter.ofPattern(pattern, THAI).withChronology(ThaiBuddhistChronology.INSTANCE);
    }

    /** e.g. 2018-10-01 -> {@code 1 ตุลาคม 2561}. */
    public static String formatLong(LocalDate date) {
        return LONG.format(date);
    }

    /** e.g. 2018-10-01 -> {@code 1 ต.ค. 61}. */
    public static String formatShort(LocalDate date) {
        return SHORT.format(date);
    }

    /** e.g. 2018-10-01 -> {@code ตุลาคม 2561}. */
    public static String formatMonthYear(LocalDate date) {
        return MONTH_YEAR.format(date);
    }

    /**
     * A date written d/M/yyyy, as Thai offices write them, with the year in B.E. (above 2400) or C.E.:
     * "8/1/2562" and "8/1/2019" are both 2019-01-08. Throws DateTimeException or NumberFormatException when it is
     * not such a date.
     */
    public static LocalDate parseNumeric(String text) {
        String[] dmy = text.split("/");
        if (dmy.length != 3) {
            throw new java.time.DateTimeException("not d/M/yyyy: " + text);
        }
        int year = Integer.parseInt(dmy[2]);
        return LocalDate.of(
                year > FiscalYear.MIN_BE_YEAR ? year - 543 : year, Integer.parseInt(dmy[1]), Integer.parseInt(dmy[0]));
    }

    /** e.g. 2019-01-15 -> "15/1/2562": the numeric B.E. form {@link #parseNumeric} reads. */
    public static String formatNumeric(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + (date.getYear() + 543);
    }

    /** Replaces ASCII digits 0-9 by Thai digits ๐-๙, leaving everything else unchanged. */
    public static String toThaiDigits(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }
}
