/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.phaen.documents.docx.ColumnWidths.Need;
import org.phaen.documents.text.TextWidths;
import org.phaen.documents.text.ThaiLines;

/** Columns sized from their words measured with the shipped Sarabun: no word and no number has to break. */
class ColumnWidthsTest {

    private static final int PAD = 114;

    @Test
    void everyColumnHoldsItsWidestWordAndTheWidthsAddUp() {
        List<String> names = List.of(
                "PLK-KPI1.1.2 ร้อยละของสถานศึกษาที่ได้รับการรับรองเป็นสถานศึกษาสีขาวปลอดยาเสพติดและอบายมุข",
                "PLK-KPI2.1.1 ร้อยละของนักเรียนชั้นประถมศึกษาปีที่ 1 ที่อ่านออกเขียนได้ตามเกณฑ์");
        List<String> money = List.of("100,000.00", "3,273,161.25");
        List<String> progress = List.of("ก้าวหน้า", "ปีงบประมาณ");
        List<Need> needs = List.of(
                ColumnWidths.need(names, 14, false, PAD),
                ColumnWidths.need(money, 14, false, PAD),
                ColumnWidths.need(progress, 14, true, PAD));
        int[] widths = ColumnWidths.fit(needs, 9071);
        assertEquals(9071, IntStream.of(widths).sum());
        assertTrue(
                widths[1] >= TextWidths.points("3,273,161.25", 14, false) * 20 + PAD,
                "a number is never split: " + widths[1]);
        // ปีงบประมาณ may break after ปี (two words), never inside งบประมาณ.
        assertTrue(
                widths[2] >= TextWidths.points("งบประมาณ", 14, true) * 20 + PAD, "a word is never split: " + widths[2]);
        assertTrue(widths[2] >= TextWidths.points("ก้าวหน้า", 14, true) * 20 + PAD
                || ThaiLines.words("ก้าวหน้า").size() > 1);
        assertTrue(
                widths[0] > widths[1] + widths[2],
                "the long names get the rest: " + List.of(widths[0], widths[1], widths[2]));
    }

    @Test
    void aNumberIsOneWordAndThaiWordsAreFoundWithoutSpaces() {
        double number = TextWidths.widestWord("งบประมาณ 100,000.00 บาท", 14, false);
        assertEquals(TextWidths.points("100,000.00", 14, false), number, 0.01);
        double thai = TextWidths.widestWord("รายงานความก้าวหน้า", 14, false);
        assertTrue(thai < TextWidths.points("รายงานความก้าวหน้า", 14, false) * 0.6, "found words inside: " + thai);
    }

    @Test
    void tooManyColumnsShareTheWidthByTheirWords() {
        List<Need> needs = List.of(new Need(3000, 6000), new Need(1000, 1000));
        int[] widths = ColumnWidths.fit(needs, 2000);
        assertEquals(1500, widths[0]);
        assertEquals(500, widths[1]);
    }

    @Test
    void roomToSpareGoesByPreferredWidth() {
        int[] widths = ColumnWidths.fit(List.of(new Need(100, 300), new Need(100, 100)), 800);
        assertEquals(600, widths[0]);
        assertEquals(200, widths[1]);
    }
}
