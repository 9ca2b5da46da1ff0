/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phaen.model.internal.ModelWords;

/**
 * A period inside a fiscal year: a month, quarter, half year, cumulative round or the full year.
 * Dates are derived from (fiscal year, kind, sequence), so a period can never be inconsistent.
 * The {@link #code()} ({@code 2562-Q1}, {@code 2562-H2}, {@code 2562-C9}, {@code 2562-M03},
 * {@code 2562-Y}) is stable and safe to store in files and databases.
 */
public record FiscalPeriod(FiscalYear fiscalYear, FiscalPeriodKind kind, int sequence) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(?:M(\\d{2})|([QH])(\\d)|C(\\d{1,2})|(Y))");
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    public FiscalPeriod {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(kind, "kind");
        if (sequence < 1 || sequence > kind.count()) {
            throw new IllegalArgumentException(
                    kind + " sequence must be between 1 and " + kind.count() + ", got " + sequence);
        }
    }

    /** First day, inclusive. */
    public LocalDate start() {
        return fiscalYear.start().plusMonths(kind.firstMonthOffset(sequence));
    }

    /** Last day, inclusive. */
    public LocalDate end() {
        return fiscalYear
                .start()
                .plusMonths(kind.firstMonthOffset(sequence) + months())
                .minusDays(1);
    }

    /** How many months the period spans. */
    public int months() {
        return kind.months(sequence);
    }

    /** True when the date falls within the period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** The period's short code, which {@link #parse(String)} reads back. */
    public String code() {
        String number = switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%02d", sequence);
            case CUMULATIVE -> Integer.toString(months());
            case FULL_YEAR -> "";
            default -> Integer.toString(sequence);
        };
        return fiscalYear.beYear() + "-" + kind.codeLetter() + number;
    }

    /** Inverse of {@link #code()}; rejects anything {@code code()} would not produce. */
    public static FiscalPeriod parse(String code) {
        Matcher m = CODE.matcher(Objects.requireNonNull(code, "code"));
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a reporting period code (e.g. 2562-Q1): " + code);
        }
        FiscalYear year = FiscalYear.of(Integer.parseInt(m.group(1)));
        FiscalPeriod period;
        if (m.group(2) != null) {
            period = year.period(FiscalPeriodKind.MONTH, Integer.parseInt(m.group(2)));
        } else if (m.group(3) != null) {
            period = year.period(FiscalPeriodKind.fromCodeLetter(m.group(3)), Integer.parseInt(m.group(4)));
        } else if (m.group(5) != null) {
            period = year.cumulative(Integer.parseInt(m.group(5)));
        } else {
            period = year.fullYear();
        }
        if (!period.code().equals(code)) { // e.g. "C03": parses, but is not canonical
            throw new IllegalArgumentException("Not a canonical reporting period code: " + code);
        }
        return period;
    }

    /** e.g. {@code ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2562}. */
    public String labelTh() {
        String year = fiscalYear.labelTh();
        ModelWords thai = ModelWords.THAI;
        return switch (kind) {
            case MONTH -> thai.text("period.MONTH", ThaiDates.formatMonthYear(start()), year);
            case QUARTER -> thai.text("period.QUARTER", String.valueOf(sequence), year);
            case HALF_YEAR -> thai.text(sequence == 1 ? "period.firstHalf" : "period.secondHalf", year);
            case CUMULATIVE -> thai.text("period.CUMULATIVE", String.valueOf(months()), year);
            case FULL_YEAR -> year;
        };
    }

    /** e.g. "Quarter 1 of fiscal year 2562 (2018-10-01 to 2018-12-31)". */
    public String labelEn() {
        String what = switch (kind) {
            case MONTH -> "Month " + sequence + " (" + EN_MONTH.format(start()) + ")";
            case QUARTER -> "Quarter " + sequence;
            case HALF_YEAR -> sequence == 1 ? "First half" : "Second half";
            case CUMULATIVE -> "Cumulative " + months() + " months";
            case FULL_YEAR -> "Full year";
        };
        return what + " of fiscal year " + fiscalYear.beYear() + " (" + start() + " to " + end() + ")";
    }

    /** The period's code. */
    @Override
    public String toString() {
        return code();
    }
}
