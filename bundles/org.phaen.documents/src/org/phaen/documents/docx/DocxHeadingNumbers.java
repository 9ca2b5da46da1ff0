/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.text.ThaiDigits;

/**
 * Heading 1-3 numbered by Word's own numbering (numbering.xml, {@link DocxHeadingLists}), so an official who adds or
 * moves a heading gets the numbers right: parts "ส่วนที่ ๑" with chapters ๑.๑ and topics ๑.๑.๑, and under an
 * unnumbered level-1 heading (annexes) chapters ๑, ๒ counted afresh. A heading whose number the list would not show
 * exactly as the flow gives it keeps its number as text, so the DOCX never numbers differently from the PDF.
 */
final class DocxHeadingNumbers {

    private final DocxHeadingLists lists;
    private final boolean thaiDigits;
    private String partLabel;
    private BigInteger parts, annex;
    private int part, chapter, topic;
    private boolean underParts;

    DocxHeadingNumbers(XWPFDocument doc, boolean thaiDigits) {
        this.lists = new DocxHeadingLists(doc, thaiDigits);
        this.thaiDigits = thaiDigits;
    }

    /** Numbers {@code p} for heading {@code h}; returns whether the list shows its number (else write it as text). */
    boolean number(XWPFParagraph p, Heading h) {
        BigInteger numId = switch (h.level()) {
            case 1 -> part(h);
            case 2 -> chapter(h);
            case 3 -> topic(h);
            default -> null;
        };
        if (numId == null) {
            if (h.level() <= 3) {
                numPr(p, BigInteger.ZERO, 0); // no number, though the heading style has one
            }
            return false;
        }
        numPr(p, numId, h.level() - 1);
        return true;
    }

    private BigInteger part(Heading h) {
        chapter = 0;
        if (h.number().isEmpty()) {
            underParts = false;
            annex = null;
            return null;
        }
        underParts = true;
        part++;
        String digits = digits(part);
        if (!h.number().endsWith(digits)) {
            return null;
        }
        String label = h.number().substring(0, h.number().length() - digits.length());
        if (parts == null) {
            partLabel = label;
            parts = lists.parts(label);
        }
        return label.equals(partLabel) ? parts : null;
    }

    private BigInteger chapter(Heading h) {
        chapter++;
        topic = 0;
        return shown(h, digits(chapter));
    }

    private BigInteger topic(Heading h) {
        topic++;
        return shown(h, digits(chapter) + "." + digits(topic));
    }

    /** The list showing {@code h}'s number: {@code withinPart} after the part's number, or alone in the annexes. */
    private BigInteger shown(Heading h, String withinPart) {
        if (underParts) {
            return parts != null && h.number().equals(digits(part) + "." + withinPart) ? parts : null;
        }
        if (!h.number().equals(withinPart)) {
            return null;
        }
        if (annex == null) {
            annex = lists.annex();
        }
        return annex;
    }

    private static void numPr(XWPFParagraph p, BigInteger numId, int level) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var numPr = ppr.addNewNumPr();
        numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
        numPr.addNewNumId().setVal(numId);
    }

    private String digits(int n) {
        return thaiDigits ? ThaiDigits.of(Integer.toString(n)) : Integer.toString(n);
    }
}
