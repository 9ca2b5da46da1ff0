/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThaiDatesTest {

    private static final List<String> LONG_MONTHS = List.of(
            "มกราคม",
            "กุมภาพันธ์",
            "มีนาคม",
            "เมษายน",
            "พฤษภาคม",
            "มิถุนายน",
            "กรกฎาคม",
            "สิงหาคม",
            "กันยายน",
            "ตุลาคม",
            "พฤศจิกายน",
            "ธันวาคม");
    private static final List<String> SHORT_MONTHS =
            List.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    @Test
    void startOfFy2562() {
        LocalDate date = LocalDate.of(2018, 10, 1);
        assertEquals("1 ตุลาคม 2561", ThaiDates.formatLong(date));
        assertEquals("1 ต.ค. 61", ThaiDates.formatShort(date));
        assertEquals("ตุลาคม 2561", ThaiDates.formatMonthYear(date));
    }

    @Test
    void everyMonthNameMatchesGovernmentUsage() {
        for (int m = 1; m <= 12; m++) {
            LocalDate date = LocalDate.of(2020, m, 15);
            assertEquals("15 " + LONG_MONTHS.get(m - 1) + " 2563", ThaiDates.formatLong(date));
            assertEquals("15 " + SHORT_MONTHS.get(m - 1) + " 63", ThaiDates.formatShort(date));
        }
    }

    @Test
    void yearChangesOnFirstOfJanuaryNotOnFiscalYearStart() {
        assertEquals("31 ธันวาคม 2561", ThaiDates.formatLong(LocalDate.of(2018, 12, 31)));
        assertEquals("1 มกราคม 2562", ThaiDates.formatLong(LocalDate.of(2019, 1, 1)));
        assertEquals("29 กุมภาพันธ์ 2563", ThaiDates.formatLong(LocalDate.of(2020, 2, 29)));
        assertEquals("30 ก.ย. 00", ThaiDates.formatShort(LocalDate.of(2457, 9, 30)));
    }

    @Test
    void thaiDigits() {
        assertEquals("๐๑๒๓๔๕๖๗๘๙", ThaiDates.toThaiDigits("0123456789"));
        assertEquals("๑ ตุลาคม ๒๕๖๑", ThaiDates.toThaiDigits(ThaiDates.formatLong(LocalDate.of(2018, 10, 1))));
        assertEquals("FY ๒๕๖๒-Q๑", ThaiDates.toThaiDigits("FY 2562-Q1"));
        assertEquals("", ThaiDates.toThaiDigits(""));
        assertEquals("ไม่มีตัวเลข", ThaiDates.toThaiDigits("ไม่มีตัวเลข"));
        assertThrows(NullPointerException.class, () -> ThaiDates.toThaiDigits(null));
    }
}
