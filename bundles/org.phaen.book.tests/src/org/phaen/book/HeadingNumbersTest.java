/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.phaen.book.strategic.StrategicBook;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.Heading;

/**
 * Heading 1-3 of the DOCX book are numbered by Word's numbering (numbering.xml), not typed: each numbered heading of
 * the flow is a paragraph carrying a list of the numbering part and only its title as text, and counting the list's
 * levels as Word does gives the very number the flow (and so the PDF) shows. Thai numbers by default, decimal with
 * Arabic digits, "Part %1" in English; the parts' list is linked to the heading styles.
 */
class HeadingNumbersTest {

    @Test
    void thaiBookNumbersItsHeadingsWithWordsThaiNumbers() throws Exception {
        FlowDocument book = StrategicBook.of(Samples.regional(), BookOptions.strategic());
        try (XWPFDocument doc = docx(book)) {
            CTLvl part = level(doc, "Heading1");
            assertEquals("ส่วนที่ %1", part.getLvlText().getVal());
            assertEquals("thaiNumbers", part.getNumFmt().getVal().toString());
            assertEquals("%1.%2", level(doc, "Heading2").getLvlText().getVal());
            assertTrue(
                    doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().isSetNumPr(),
                    "Heading 1 linked to the list");
            assertNumbersAsTheFlowShowsThem(book, doc, true);
        }
    }

    @Test
    void arabicDigitsAndEnglishBooksNumberInDecimal() throws Exception {
        FlowDocument arabic =
                StrategicBook.of(Samples.regional(), BookOptions.strategic().withArabicDigits());
        try (XWPFDocument doc = docx(arabic)) {
            assertEquals("decimal", level(doc, "Heading1").getNumFmt().getVal().toString());
            assertNumbersAsTheFlowShowsThem(arabic, doc, false);
        }
        FlowDocument english =
                StrategicBook.of(Samples.regional(), BookOptions.strategic().inEnglish());
        try (XWPFDocument doc = docx(english)) {
            assertEquals("Part %1", level(doc, "Heading1").getLvlText().getVal());
            assertNumbersAsTheFlowShowsThem(english, doc, false);
        }
    }

    private static XWPFDocument docx(FlowDocument book) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(Samples.docx(book)));
    }

    /** The level of the list that names {@code style}. */
    private static CTLvl level(XWPFDocument doc, String style) {
        for (var list : doc.getNumbering().getAbstractNums()) {
            for (CTLvl lvl : list.getCTAbstractNum().getLvlList()) {
                if (lvl.isSetPStyle() && style.equals(lvl.getPStyle().getVal())) {
                    return lvl;
                }
            }
        }
        throw new AssertionError("no list level linked to " + style);
    }

    /**
     * Walks the heading paragraphs in order, counting each list's levels as Word does (a level restarts after a higher
     * one of its list; an override restarts an instance), and compares the number so made with the flow's.
     */
    private static void assertNumbersAsTheFlowShowsThem(FlowDocument book, XWPFDocument doc, boolean thai) {
        List<Heading> headings = book.blocks().stream()
                .filter(b -> b instanceof Heading h && h.level() <= 3)
                .map(Heading.class::cast)
                .toList();
        List<XWPFParagraph> paragraphs = doc.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().matches("Heading[123]"))
                .toList();
        assertEquals(headings.size(), paragraphs.size(), "one paragraph per heading");
        java.util.Map<BigInteger, int[]> counters = new java.util.HashMap<>();
        int numbered = 0;
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            XWPFParagraph p = paragraphs.get(i);
            assertNotNull(p.getNumID(), h.line() + ": every heading names its list or none (0)");
            String shown = BookDocx.number(p, counters, thai);
            if (shown.isEmpty()) {
                assertEquals(h.line(), p.getText(), "an unnumbered heading as the flow writes it");
                continue;
            }
            numbered++;
            assertEquals(h.number(), shown, "the list shows the flow's number of " + h.text());
            assertEquals(h.text(), p.getText(), "the title alone as text");
            assertFalse(p.getText().startsWith(h.number()), "no typed number");
        }
        assertTrue(numbered > 10, "the parts, chapters and annexes numbered by the lists: " + numbered);
    }
}
