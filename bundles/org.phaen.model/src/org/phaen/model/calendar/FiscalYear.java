/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.calendar;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.phaen.model.internal.ModelWords;

/**
 * A Thai government fiscal year: 1 October to 30 September, named by the Buddhist-Era
 * year in which it ends (FY 2562 = 2018-10-01 .. 2019-09-30). All B.E./C.E. conversion
 * goes through {@link java.time.chrono.ThaiBuddhistChronology}, never a hand-written offset.
 */
public final class FiscalYear implements Comparable<FiscalYear> {

    /** Lowest accepted B.E. year; anything older is almost certainly a C.E. year typed by mistake. */
    public static final int MIN_BE_YEAR = 2400;
    /** Highest accepted B.E. year. */
    public static final int MAX_BE_YEAR = 2700;

    /** The fiscal year starts on this month of the previous calendar year. */
    private static final int FIRST_MONTH = 10;

    private final int beYear;
    private final LocalDate start;
    private final LocalDate end;

    private FiscalYear(int beYear) {
        this.beYear = beYear;
        this.end = LocalDate.from(ThaiBuddhistDate.of(beYear, 9, 30));
        this.start = LocalDate.from(ThaiBuddhistDate.of(beYear - 1, FIRST_MONTH, 1));
    }

    /** The fiscal year named by this Buddhist-Era year, e.g. {@code of(2562)}. */
    public static FiscalYear of(int buddhistEraYear) {
        if (buddhistEraYear < MIN_BE_YEAR || buddhistEraYear > MAX_BE_YEAR) {
            throw new IllegalArgumentException("Fiscal year must be a Buddhist-Era year between " + MIN_BE_YEAR
                    + " and " + MAX_BE_YEAR + " (B.E.), got " + buddhistEraYear);
        }
        return new FiscalYear(buddhistEraYear);
    }

    /** The fiscal year a date falls in; October to December belong to the next B.E. year's budget. */
    public static FiscalYear containing(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int beCalendarYear = ThaiBuddhistDate.from(date).get(ChronoField.YEAR);
        return of(date.getMonthValue() >= FIRST_MONTH ? beCalendarYear + 1 : beCalendarYear);
    }

    /** The Buddhist Era year that names the fiscal year (the year in which it ends), e.g. 2562. */
    public int beYear() {
        return beYear;
    }

    /** The Common-Era year in which this fiscal year ends. */
    public int ceEndYear() {
        return end.getYear();
    }

    /** First day (1 October), inclusive. */
    public LocalDate start() {
        return start;
    }

    /** Last day (30 September), inclusive. */
    public LocalDate end() {
        return end;
    }

    /** True when the date falls within the fiscal year (1 October to 30 September, both included). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Number of days, 365 or 366. */
    public int lengthInDays() {
        return (int) (end.toEpochDay() - start.toEpochDay() + 1);
    }

    /** The period of a kind by its sequence number within the year (the second quarter is {@code (QUARTER, 2)}). */
    public FiscalPeriod period(FiscalPeriodKind kind, int sequence) {
        return new FiscalPeriod(this, kind, sequence);
    }

    /** Quarter 1..4; Q1 is October to December. */
    public FiscalPeriod quarter(int number) {
        return period(FiscalPeriodKind.QUARTER, number);
    }

    /** The four quarters, October-December first. */
    public List<FiscalPeriod> quarters() {
        return all(FiscalPeriodKind.QUARTER);
    }

    /** The two half years, October-March first. */
    public List<FiscalPeriod> halfYears() {
        return all(FiscalPeriodKind.HALF_YEAR);
    }

    /** The twelve months, October first. */
    public List<FiscalPeriod> months() {
        return all(FiscalPeriodKind.MONTH);
    }

    /** The cumulative round from 1 October covering 3, 6, 9 or 12 months. */
    public FiscalPeriod cumulative(int months) {
        if (months % 3 != 0) {
            throw new IllegalArgumentException("Cumulative rounds cover 3, 6, 9 or 12 months, got " + months);
        }
        return period(FiscalPeriodKind.CUMULATIVE, months / 3);
    }

    /** The whole fiscal year as a period. */
    public FiscalPeriod fullYear() {
        return period(FiscalPeriodKind.FULL_YEAR, 1);
    }

    /** The standard monitoring set: Q1-Q4, H1-H2, cumulative 3/6/9/12 months. */
    public List<FiscalPeriod> reportingPeriods() {
        return Stream.of(FiscalPeriodKind.QUARTER, FiscalPeriodKind.HALF_YEAR, FiscalPeriodKind.CUMULATIVE)
                .flatMap(kind -> all(kind).stream())
                .toList();
    }

    /** The following fiscal year. */
    public FiscalYear next() {
        return of(beYear + 1);
    }

    /** The preceding fiscal year. */
    public FiscalYear previous() {
        return of(beYear - 1);
    }

    /** e.g. {@code ปีงบประมาณ พ.ศ. 2562}. */
    public String labelTh() {
        return ModelWords.THAI.text("fiscalYear", String.valueOf(beYear));
    }

    /** e.g. "Fiscal year 2562 (2018-10-01 to 2019-09-30)". */
    public String labelEn() {
        return "Fiscal year " + beYear + " (" + start + " to " + end + ")";
    }

    private List<FiscalPeriod> all(FiscalPeriodKind kind) {
        return IntStream.rangeClosed(1, kind.count())
                .mapToObj(i -> period(kind, i))
                .toList();
    }

    /** Earlier fiscal years first. */
    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(beYear, other.beYear);
    }

    /** Equal when both name the same Buddhist Era year. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof FiscalYear other && other.beYear == beYear;
    }

    /** Consistent with {@link #equals(Object)}. */
    @Override
    public int hashCode() {
        return Integer.hashCode(beYear);
    }

    /** E.g. {@code FY 2562}. */
    @Override
    public String toString() {
        return "FY " + beYear;
    }
}
