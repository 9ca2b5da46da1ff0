/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Runs and pages as Thai government documents want them: "TH Sarabun New" on all four font slots
 * and the size in both w:sz and w:szCs, because Word and LibreOffice draw Thai with the
 * complex-script settings (cs font, szCs, bCs); A4 with 3 cm left, 2 cm right, 2.5 cm top, 2 cm bottom.
 * Shared by every document writer (instruments, reports), so every Phaen DOCX looks the same.
 */
public final class ThaiRuns {

    public static final String FONT = "TH Sarabun New";
    public static final int BODY_PT = 16;
    public static final int SMALL_PT = 14;
    public static final int HINT_PT = 13;

    /** Twips (1/1440 inch). */
    public static final int A4_WIDTH = 11906, A4_HEIGHT = 16838;

    public static final int LEFT = 1701, RIGHT = 1134, TOP = 1417, BOTTOM = 1134;
    public static final int TEXT_WIDTH = A4_WIDTH - LEFT - RIGHT;

    private ThaiRuns() {}

    /** Text width of an A4 page turned sideways, with the same margins. */
    public static final int LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - LEFT - RIGHT;

    /** A new document with the shared styles ({@link DocxStyles}) and A4 portrait pages. */
    public static XWPFDocument document() {
        XWPFDocument doc = new XWPFDocument();
        DocxStyles.install(doc);
        pageSetup(doc);
        return doc;
    }

    /** Pages turned sideways, for tables of many columns. */
    public static void landscape(XWPFDocument doc) {
        CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
        size.setW(BigInteger.valueOf(A4_HEIGHT));
        size.setH(BigInteger.valueOf(A4_WIDTH));
        size.setOrient(STPageOrientation.LANDSCAPE);
    }

    public static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
    }

    /** A run of user or form text; {@code text} is cleaned of what XML cannot carry. */
    public static XWPFRun run(XWPFParagraph p, String text, int pt, boolean bold) {
        XWPFRun r = styled(p.createRun(), pt, bold);
        r.setText(DocxText.clean(text));
        return r;
    }

    /** A run that starts on a new line of the same paragraph (the break comes before the text). */
    public static XWPFRun nextLine(XWPFParagraph p, String text, int pt, boolean bold) {
        XWPFRun r = styled(p.createRun(), pt, bold);
        r.addBreak();
        r.setText(DocxText.clean(text));
        return r;
    }

    private static XWPFRun styled(XWPFRun r, int pt, boolean bold) {
        r.setFontSize(pt);
        r.setComplexScriptFontSize(pt);
        CTRPr rpr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts fonts = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        fonts.setAscii(FONT); // the four slots at once (XWPFRun.setFontFamily looks the fonts element up for each)
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewLang().setBidi("th-TH");
        if (bold) {
            r.setBold(true);
            rpr.addNewBCs(); // Thai bold is complex-script bold
        }
        return r;
    }

    public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int spaceAfterTwips) {
        XWPFParagraph p = doc.createParagraph();
        format(p, alignment, spaceAfterTwips);
        return p;
    }

    /** Single line spacing: Thai fonts are tall already (marks stack above and below). */
    public static void format(XWPFParagraph p, ParagraphAlignment alignment, int spaceAfterTwips) {
        p.setAlignment(alignment);
        CTSpacing spacing = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSpacing()
                ? p.getCTP().getPPr().getSpacing()
                : (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.valueOf(spaceAfterTwips));
    }
}
