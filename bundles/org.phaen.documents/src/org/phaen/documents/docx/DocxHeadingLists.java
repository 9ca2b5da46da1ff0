/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The numbering part's lists of heading numbers: the parts' list ("LABEL %1", "%1.%2", "%1.%2.%3"), its levels linked
 * to Heading 1-3, and the annexes' list ("%2", "%2.%3") with an instance per annex restarting at 1. Numbers in Word's
 * Thai digits or decimal; ids follow a template's own lists.
 */
final class DocxHeadingLists {

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final XWPFDocument doc;
    private final STNumberFormat.Enum format;
    private BigInteger annexList;

    DocxHeadingLists(XWPFDocument doc, boolean thaiDigits) {
        this.doc = doc;
        this.format = thaiDigits ? STNumberFormat.THAI_NUMBERS : STNumberFormat.DECIMAL;
    }

    /** The parts' list, {@code label} before the part's number; returns its numId. */
    BigInteger parts(String label) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        level(list, 0, label + "%1", "Heading1");
        level(list, 1, "%1.%2", "Heading2");
        level(list, 2, "%1.%2.%3", "Heading3");
        BigInteger numId = numbering().addNum(new XWPFNum(newNum(addAbstract(list)), numbering()));
        for (int level = 1; level <= 3; level++) {
            linkStyle("Heading" + level, numId, level - 1);
        }
        return numId;
    }

    /** A new instance of the annexes' list counting from 1 again (instances of one list would go on counting). */
    BigInteger annex() {
        if (annexList == null) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            level(list, 0, "", null).getNumFmt().setVal(STNumberFormat.NONE);
            level(list, 1, "%2", null);
            level(list, 2, "%2.%3", null);
            annexList = addAbstract(list);
        }
        CTNum num = newNum(annexList);
        for (int level = 1; level <= 2; level++) {
            var override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.ONE);
        }
        return numbering().addNum(new XWPFNum(num, numbering()));
    }

    private XWPFNumbering numbering() {
        return doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
    }

    private BigInteger addAbstract(CTAbstractNum list) {
        long next = numbering().getAbstractNums().stream()
                        .mapToLong(a -> a.getCTAbstractNum().getAbstractNumId().longValue())
                        .max()
                        .orElse(-1)
                + 1;
        list.setAbstractNumId(BigInteger.valueOf(next));
        return numbering().addAbstractNum(new XWPFAbstractNum(list, numbering()));
    }

    private CTNum newNum(BigInteger abstractId) {
        long next = numbering().getNums().stream()
                        .mapToLong(n -> n.getCTNum().getNumId().longValue())
                        .max()
                        .orElse(0)
                + 1;
        CTNum num = CTNum.Factory.newInstance();
        num.setNumId(BigInteger.valueOf(next));
        num.addNewAbstractNumId().setVal(abstractId);
        return num;
    }

    private CTLvl level(CTAbstractNum list, int level, String text, String style) {
        CTLvl lvl = list.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        if (style != null) {
            lvl.addNewPStyle().setVal(style);
        }
        try (XmlCursor cursor = lvl.newCursor()) { // POI's lean schema jar lacks the class of w:suff
            cursor.toEndToken();
            cursor.beginElement("suff", W_NS);
            cursor.insertAttributeWithValue("val", W_NS, "space");
        }
        lvl.addNewLvlText().setVal(text);
        lvl.addNewLvlJc().setVal(STJc.LEFT);
        var indent = lvl.addNewPPr().addNewInd(); // headings stay at the margin
        indent.setLeft(BigInteger.ZERO);
        indent.setFirstLine(BigInteger.ZERO);
        return lvl;
    }

    /** Links a heading style to the list; a template's style with numbering of its own keeps it. */
    private void linkStyle(String styleId, BigInteger numId, int level) {
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
        if (style == null) {
            return;
        }
        CTPPrBase ppr = style.getCTStyle().isSetPPr()
                ? style.getCTStyle().getPPr()
                : style.getCTStyle().addNewPPr();
        if (!ppr.isSetNumPr()) {
            CTNumPr numPr = ppr.addNewNumPr();
            numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
            numPr.addNewNumId().setVal(numId);
        }
    }
}
