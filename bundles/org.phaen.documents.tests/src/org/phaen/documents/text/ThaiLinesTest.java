/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lines end only where Thai words end, fit their width, and lose no character. */
class ThaiLinesTest {

    private static final String PARAGRAPH =
            "นักเรียนสามารถอธิบายความสำคัญของการอนุรักษ์ทรัพยากรธรรมชาติได้อย่างถูกต้อง "
                    + "และนำความรู้ไปใช้ในชีวิตประจำวัน โครงการส่งเสริมการอ่านออกเขียนได้ของนักเรียนระดับประถมศึกษาในพื้นที่ห่างไกล";

    /** One unit per character (Thai marks count as characters: the point is where lines break). */
    private static double measure(String s) {
        return s.length();
    }

    @Test
    void breaksOnlyAtThaiWordBoundaries() {
        List<String> lines = ThaiLines.wrap(PARAGRAPH, 30, ThaiLinesTest::measure);
        assertTrue(lines.size() >= 5, lines.toString());
        BreakIterator words = BreakIterator.getLineInstance(Locale.of("th"));
        words.setText(PARAGRAPH);
        int pos = 0;
        for (String line : lines) {
            assertTrue(measure(line) <= 30, line);
            assertTrue(PARAGRAPH.startsWith(line, pos), "text lost or reordered at " + pos);
            pos += line.length();
            while (pos < PARAGRAPH.length() && PARAGRAPH.charAt(pos) == ' ') {
                pos++; // the break comes after the spaces
            }
            if (pos < PARAGRAPH.length()) {
                assertTrue(words.isBoundary(pos), "line ends inside a word: " + line);
                assertTrue(Character.getType(PARAGRAPH.charAt(pos)) != Character.NON_SPACING_MARK, line);
            }
        }
        assertEquals(PARAGRAPH.length(), pos);
        assertEquals(PARAGRAPH.replace(" ", ""), String.join("", lines).replace(" ", ""));
    }

    @Test
    void aWordWiderThanTheLineIsCutBetweenClusters() {
        List<String> lines = ThaiLines.wrap("ทรัพยากรธรรมชาติ", 5, ThaiLinesTest::measure);
        assertTrue(lines.size() > 1);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(
                    Character.getType(line.charAt(0)) != Character.NON_SPACING_MARK,
                    "a line starts with a mark: " + lines);
        }
        assertEquals("ทรัพยากรธรรมชาติ", String.join("", lines));
    }
}
