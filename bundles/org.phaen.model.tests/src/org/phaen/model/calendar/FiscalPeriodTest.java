/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalPeriodTest {

    private static IntStream allYears() {
        return IntStream.rangeClosed(FiscalYear.MIN_BE_YEAR, FiscalYear.MAX_BE_YEAR);
    }

    /** Periods in order must cover the fiscal year exactly, with no gap and no overlap. */
    private static void assertTiles(FiscalYear fy, List<FiscalPeriod> periods) {
        assertEquals(fy.start(), periods.get(0).start(), fy::toString);
        assertEquals(fy.end(), periods.get(periods.size() - 1).end(), fy::toString);
        long days = 0;
        for (int i = 0; i < periods.size(); i++) {
            FiscalPeriod p = periods.get(i);
            assertFalse(p.end().isBefore(p.start()), p::toString);
            days += p.end().toEpochDay() - p.start().toEpochDay() + 1;
            if (i > 0) {
                assertEquals(periods.get(i - 1).end().plusDays(1), p.start(), p::toString);
            }
        }
        assertEquals(fy.lengthInDays(), days, fy::toString);
    }

    @Test
    void fy2562PeriodsHaveTheExpectedDates() {
        FiscalYear fy = FiscalYear.of(2562);
        assertEquals(LocalDate.of(2018, 10, 1), fy.quarter(1).start());
        assertEquals(LocalDate.of(2018, 12, 31), fy.quarter(1).end());
        assertEquals(LocalDate.of(2019, 1, 1), fy.quarter(2).start());
        assertEquals(LocalDate.of(2019, 3, 31), fy.quarter(2).end());
        assertEquals(LocalDate.of(2019, 7, 1), fy.quarter(4).start());
        assertEquals(LocalDate.of(2019, 9, 30), fy.quarter(4).end());
        assertEquals(LocalDate.of(2019, 3, 31), fy.halfYears().get(0).end());
        assertEquals(LocalDate.of(2019, 4, 1), fy.halfYears().get(1).start());
        assertEquals(LocalDate.of(2018, 10, 1), fy.cumulative(9).start());
        assertEquals(LocalDate.of(2019, 6, 30), fy.cumulative(9).end());
        assertEquals(LocalDate.of(2018, 12, 1), fy.months().get(2).start());
        assertEquals(LocalDate.of(2018, 12, 31), fy.months().get(2).end());
        assertEquals(LocalDate.of(2019, 2, 28), fy.months().get(4).end());
    }

    @Test
    void quartersHalvesAndMonthsTileEveryYear() {
        allYears().mapToObj(FiscalYear::of).forEach(fy -> {
            assertEquals(4, fy.quarters().size());
            assertEquals(2, fy.halfYears().size());
            assertEquals(12, fy.months().size());
            assertTiles(fy, fy.quarters());
            assertTiles(fy, fy.halfYears());
            assertTiles(fy, fy.months());
            assertTiles(fy, List.of(fy.fullYear()));
            fy.months().forEach(m -> {
                assertEquals(1, m.start().getDayOfMonth(), m::toString);
                assertEquals(m.start().lengthOfMonth(), m.end().getDayOfMonth(), m::toString);
            });
        });
    }

    @Test
    void halvesAndCumulativeRoundsAreConsistentWithQuarters() {
        allYears().mapToObj(FiscalYear::of).forEach(fy -> {
            List<FiscalPeriod> q = fy.quarters();
            List<FiscalPeriod> h = fy.halfYears();
            assertEquals(q.get(0).start(), h.get(0).start());
            assertEquals(q.get(1).end(), h.get(0).end());
            assertEquals(q.get(2).start(), h.get(1).start());
            assertEquals(q.get(3).end(), h.get(1).end());
            for (int n = 1; n <= 4; n++) {
                FiscalPeriod c = fy.cumulative(3 * n);
                assertEquals(fy.start(), c.start(), c::toString);
                assertEquals(q.get(n - 1).end(), c.end(), c::toString);
                assertEquals(3 * n, c.months());
                assertEquals(n, c.sequence());
            }
            assertEquals(h.get(0).end(), fy.cumulative(6).end());
            assertEquals(fy.end(), fy.cumulative(12).end());
            assertEquals(fy.fullYear().end(), fy.cumulative(12).end());
            q.forEach(p -> assertEquals(3, p.months()));
            h.forEach(p -> assertEquals(6, p.months()));
        });
    }

    @Test
    void standardSetIsQuartersHalvesThenCumulativeRounds() {
        List<String> codes = FiscalYear.of(2562).reportingPeriods().stream()
                .map(FiscalPeriod::code)
                .toList();
        assertEquals(
                List.of(
                        "2562-Q1",
                        "2562-Q2",
                        "2562-Q3",
                        "2562-Q4",
                        "2562-H1",
                        "2562-H2",
                        "2562-C3",
                        "2562-C6",
                        "2562-C9",
                        "2562-C12"),
                codes);
    }

    @Test
    void containsAgreesWithDatesOnBoundaries() {
        allYears().mapToObj(FiscalYear::of).forEach(fy -> {
            List<FiscalPeriod> all = new ArrayList<>(fy.reportingPeriods());
            all.addAll(fy.months());
            all.add(fy.fullYear());
            for (FiscalPeriod p : all) {
                assertTrue(p.contains(p.start()) && p.contains(p.end()), p::toString);
                assertFalse(
                        p.contains(p.start().minusDays(1)) || p.contains(p.end().plusDays(1)), p::toString);
                assertTrue(fy.contains(p.start()) && fy.contains(p.end()), p::toString);
            }
        });
    }

    @Test
    void codesRoundTripForEveryPeriodOfEveryYear() {
        Set<String> seen = new HashSet<>();
        allYears().mapToObj(FiscalYear::of).forEach(fy -> {
            List<FiscalPeriod> all = new ArrayList<>(fy.reportingPeriods());
            all.addAll(fy.months());
            all.add(fy.fullYear());
            for (FiscalPeriod p : all) {
                assertEquals(p, FiscalPeriod.parse(p.code()));
                assertTrue(seen.add(p.code()), "duplicate code " + p.code());
            }
        });
        assertEquals(301 * 23, seen.size());
    }

    @Test
    void codesHaveTheDocumentedShape() {
        FiscalYear fy = FiscalYear.of(2562);
        assertEquals("2562-Q1", fy.quarter(1).code());
        assertEquals("2562-H2", fy.halfYears().get(1).code());
        assertEquals("2562-C9", fy.cumulative(9).code());
        assertEquals("2562-M03", fy.months().get(2).code());
        assertEquals("2562-M12", fy.months().get(11).code());
        assertEquals("2562-Y", fy.fullYear().code());
        assertEquals("2562-Q1", fy.quarter(1).toString());
        FiscalPeriod m03 = FiscalPeriod.parse("2562-M03");
        assertEquals(FiscalPeriodKind.MONTH, m03.kind());
        assertEquals(LocalDate.of(2018, 12, 1), m03.start());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2562",
                "2562-Q5",
                "2562-Q0",
                "2562-H3",
                "2562-M3",
                "2562-M00",
                "2562-M13",
                "2562-C4",
                "2562-C03",
                "2562-C15",
                "2562-C0",
                "2562-Y1",
                "2562-q1",
                " 2562-Q1",
                "2399-Q1",
                "2701-H1",
                "25620-Q1",
                "2562-X1",
                "๒๕๖๒-Q1"
            })
    void malformedOrOutOfRangeCodesAreRejected(String code) {
        assertThrows(IllegalArgumentException.class, () -> FiscalPeriod.parse(code));
    }

    @Test
    void labels() {
        FiscalYear fy = FiscalYear.of(2562);
        assertEquals("ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2562", fy.quarter(1).labelTh());
        assertEquals("ครึ่งปีแรก ปีงบประมาณ พ.ศ. 2562", fy.halfYears().get(0).labelTh());
        assertEquals("ครึ่งปีหลัง ปีงบประมาณ พ.ศ. 2562", fy.halfYears().get(1).labelTh());
        assertEquals("รอบ 6 เดือน ปีงบประมาณ พ.ศ. 2562", fy.cumulative(6).labelTh());
        assertEquals("เดือนตุลาคม 2561 ปีงบประมาณ พ.ศ. 2562", fy.months().get(0).labelTh());
        assertEquals("ปีงบประมาณ พ.ศ. 2562", fy.fullYear().labelTh());
        assertEquals(
                "Quarter 1 of fiscal year 2562 (2018-10-01 to 2018-12-31)",
                fy.quarter(1).labelEn());
        assertEquals(
                "Second half of fiscal year 2562 (2019-04-01 to 2019-09-30)",
                fy.halfYears().get(1).labelEn());
        assertEquals(
                "Cumulative 9 months of fiscal year 2562 (2018-10-01 to 2019-06-30)",
                fy.cumulative(9).labelEn());
        assertEquals(
                "Month 3 (December 2018) of fiscal year 2562 (2018-12-01 to 2018-12-31)",
                fy.months().get(2).labelEn());
    }

    @Test
    void constructorRejectsInvalidSequences() {
        FiscalYear fy = FiscalYear.of(2562);
        assertThrows(IllegalArgumentException.class, () -> new FiscalPeriod(fy, FiscalPeriodKind.MONTH, 13));
        assertThrows(IllegalArgumentException.class, () -> new FiscalPeriod(fy, FiscalPeriodKind.HALF_YEAR, 3));
        assertThrows(IllegalArgumentException.class, () -> new FiscalPeriod(fy, FiscalPeriodKind.FULL_YEAR, 2));
        assertThrows(NullPointerException.class, () -> new FiscalPeriod(null, FiscalPeriodKind.QUARTER, 1));
        assertEquals(fy.quarter(2), new FiscalPeriod(fy, FiscalPeriodKind.QUARTER, 2));
    }
}
