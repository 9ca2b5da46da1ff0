/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines never end inside an abbreviation, nor between a number and its words, at any width. */
class LineBreaksTest {

    private static final String TITLE =
            "แบบเก็บข้อมูลตัวชี้วัดตามแผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. 2562 สำนักงาน กศน. จังหวัดพิษณุโลก "
                    + "ร่วมกับ สพป.พิษณุโลก เขต 1 และคณะกรรมการ ก.ต.ป.น. นักเรียนชั้นประถมศึกษาปีที่ 1-3 จำนวน 1,200 คน งบประมาณ 100,000.00 บาท";

    @Test
    void abbreviationsAndNumbersStayWithTheirWords() {
        List<Integer> breaks = LineBreaks.of(TITLE);
        for (String whole : List.of("พ.ศ. 2562", "กศน.", "สพป.", "ก.ต.ป.น.", "1,200 คน", "100,000.00 บาท", "เขต 1")) {
            int at = TITLE.indexOf(whole);
            for (int b : breaks) {
                assertFalse(b > at && b < at + whole.length(), "a line may end inside '" + whole + "' at " + b);
            }
        }
        assertEquals(TITLE.length(), (int) breaks.get(breaks.size() - 1));
    }

    /**
     * Wrapped at every width from 26 characters (the longest group kept together, "ปีที่ 1-3 จำนวน 1,200 คน") to
     * 60: no line ends with พ. or กศ or a bare number.
     */
    @Test
    void wrappedAtEveryWidth() {
        for (int width = 26; width <= 60; width++) {
            List<String> lines = ThaiLines.wrap(TITLE, width, String::length);
            for (int i = 0; i < lines.size() - 1; i++) {
                String line = lines.get(i), next = lines.get(i + 1);
                assertFalse(line.endsWith("พ.") || next.startsWith("ศ."), width + ": " + lines);
                assertFalse(line.endsWith("กศ") || next.startsWith("น."), width + ": " + lines);
                assertFalse(
                        next.startsWith("2562") || next.startsWith("คน") || next.startsWith("บาท"),
                        width + ": " + lines);
                assertFalse(
                        line.matches(".*\\d$"),
                        "a number at a line's end, its unit on the next: " + width + ": " + lines);
            }
            assertEquals(TITLE.replace(" ", ""), String.join("", lines).replace(" ", ""));
        }
    }

    /** A column too narrow for "จำนวน 85" still breaks between the words rather than inside one. */
    @Test
    void aGroupWiderThanTheLineBreaksAtItsWords() {
        assertEquals(List.of("จำนวน", "85"), ThaiLines.wrap("จำนวน 85", 6, String::length));
        assertTrue(ThaiLines.wrap("พ.ศ. 2562", 20, String::length).size() == 1);
    }
}
