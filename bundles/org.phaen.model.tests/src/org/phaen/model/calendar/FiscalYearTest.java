/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    /**
     * Independent oracle from docs/design.md (B.E. = C.E. + 543), used only to check that the
     * chronology-based production code agrees with the documented fact.
     */
    private static final int BE_MINUS_CE = 543;

    private static IntStream allYears() {
        return IntStream.rangeClosed(FiscalYear.MIN_BE_YEAR, FiscalYear.MAX_BE_YEAR);
    }

    @Test
    void fy2562MatchesTheOfficialDates() {
        FiscalYear fy = FiscalYear.of(2562);
        assertEquals(LocalDate.of(2018, 10, 1), fy.start());
        assertEquals(LocalDate.of(2019, 9, 30), fy.end());
        assertEquals(2019, fy.ceEndYear());
        assertEquals(2562, fy.beYear());
        assertEquals(365, fy.lengthInDays());
    }

    @Test
    void boundaryDaysFallInTheRightYear() {
        assertEquals(FiscalYear.of(2561), FiscalYear.containing(LocalDate.of(2018, 9, 30)));
        assertEquals(FiscalYear.of(2562), FiscalYear.containing(LocalDate.of(2018, 10, 1)));
        assertEquals(FiscalYear.of(2562), FiscalYear.containing(LocalDate.of(2018, 12, 31)));
        assertEquals(FiscalYear.of(2562), FiscalYear.containing(LocalDate.of(2019, 1, 1)));
        assertEquals(FiscalYear.of(2562), FiscalYear.containing(LocalDate.of(2019, 9, 30)));
        assertEquals(FiscalYear.of(2563), FiscalYear.containing(LocalDate.of(2019, 10, 1)));
        assertFalse(FiscalYear.of(2562).contains(LocalDate.of(2018, 9, 30)));
        assertFalse(FiscalYear.of(2562).contains(LocalDate.of(2019, 10, 1)));
    }

    @Test
    void leapYears() {
        FiscalYear fy2563 = FiscalYear.of(2563);
        assertTrue(fy2563.contains(LocalDate.of(2020, 2, 29)));
        assertEquals(366, fy2563.lengthInDays());
        assertEquals(365, FiscalYear.of(2443).lengthInDays(), "C.E. 1900 is not a leap year");
        assertEquals(366, FiscalYear.of(2543).lengthInDays(), "C.E. 2000 is a leap year");
        assertEquals(29, fy2563.months().get(4).end().getDayOfMonth(), "February 2020 ends on the 29th");
    }

    @Test
    void everyYearStartsOctoberFirstAndEndsSeptemberThirtieth() {
        allYears().forEach(be -> {
            FiscalYear fy = FiscalYear.of(be);
            int ce = be - BE_MINUS_CE;
            assertEquals(LocalDate.of(ce - 1, 10, 1), fy.start(), fy::toString);
            assertEquals(LocalDate.of(ce, 9, 30), fy.end(), fy::toString);
            assertEquals(ce, fy.ceEndYear(), fy::toString);
            int expectedDays = Year.isLeap(ce) ? 366 : 365;
            assertEquals(expectedDays, fy.lengthInDays(), fy::toString);
            assertEquals(expectedDays, fy.end().toEpochDay() - fy.start().toEpochDay() + 1, fy::toString);
        });
    }

    @Test
    void consecutiveYearsAreContiguousAndOrdered() {
        allYears().filter(be -> be < FiscalYear.MAX_BE_YEAR).forEach(be -> {
            FiscalYear fy = FiscalYear.of(be);
            assertEquals(fy.end().plusDays(1), fy.next().start(), fy::toString);
            assertEquals(fy, fy.next().previous());
            assertEquals(be + 1, fy.next().beYear());
            assertTrue(fy.compareTo(fy.next()) < 0);
            assertTrue(fy.next().compareTo(fy) > 0);
        });
    }

    @Test
    void containingRoundTripsForEveryDayOfEveryYear() {
        FiscalYear first = FiscalYear.of(FiscalYear.MIN_BE_YEAR);
        FiscalYear last = FiscalYear.of(FiscalYear.MAX_BE_YEAR);
        FiscalYear expected = first;
        int days = 0;
        for (LocalDate d = first.start(); !d.isAfter(last.end()); d = d.plusDays(1)) {
            if (d.getMonth() == Month.OCTOBER && d.getDayOfMonth() == 1 && !d.equals(first.start())) {
                expected = expected.next();
            }
            FiscalYear actual = FiscalYear.containing(d);
            if (!actual.equals(expected) || !actual.contains(d)) {
                assertEquals(expected, actual, d.toString());
                assertTrue(actual.contains(d), d.toString());
            }
            days++;
        }
        assertEquals(last, expected);
        assertEquals(last.end().toEpochDay() - first.start().toEpochDay() + 1, days);
    }

    @Test
    void outOfRangeYearsAreRejected() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2399));
        assertTrue(
                low.getMessage().contains("2400")
                        && low.getMessage().contains("2700")
                        && low.getMessage().contains("2399"),
                low.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2701));
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2019), "a C.E. year is not a B.E. year");
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2700).next());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2400).previous());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.containing(LocalDate.of(1800, 1, 1)));
        assertEquals(2400, FiscalYear.of(2400).beYear());
        assertEquals(2700, FiscalYear.of(2700).beYear());
    }

    @Test
    void valueSemanticsAndLabels() {
        FiscalYear fy = FiscalYear.of(2562);
        assertEquals(fy, FiscalYear.of(2562));
        assertEquals(fy.hashCode(), FiscalYear.of(2562).hashCode());
        assertNotEquals(fy, FiscalYear.of(2563));
        assertEquals("FY 2562", fy.toString());
        assertEquals("ปีงบประมาณ พ.ศ. 2562", fy.labelTh());
        assertEquals("Fiscal year 2562 (2018-10-01 to 2019-09-30)", fy.labelEn());
        List<FiscalYear> years = new ArrayList<>(List.of(FiscalYear.of(2564), fy, FiscalYear.of(2563)));
        years.sort(null);
        assertEquals(List.of(fy, FiscalYear.of(2563), FiscalYear.of(2564)), years);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void invalidQuarterNumbersAreRejected(int number) {
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2562).quarter(number));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4, 15, -3})
    void invalidCumulativeMonthsAreRejected(int months) {
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2562).cumulative(months));
    }
}
