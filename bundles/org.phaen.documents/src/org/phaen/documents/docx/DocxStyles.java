/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The styles part every Phaen DOCX carries, so text an official types later keeps the government look: Normal in
 * TH Sarabun New 16 pt (complex-script size and font too, which Word and LibreOffice use for Thai), Title,
 * Heading 1-3 (in the outline, kept with the next paragraph), table text, caption and footer; for long documents
 * ({@link DocxFlowWriter}) also Subtitle, Body Text (first line indented), a Heading 4 kept out of the outline,
 * List Paragraph, TOC Heading and TOC 1-3, and the table style {@code TableGrid} (single borders).
 */
public final class DocxStyles {

    public static final String NORMAL = "Normal",
            TITLE = "Title",
            HEADING_1 = "Heading1",
            HEADING_2 = "Heading2",
            HEADING_3 = "Heading3",
            TABLE_TEXT = "TableText",
            CAPTION = "Caption",
            FOOTER = "Footer",
            SUBTITLE = "Subtitle",
            BODY_TEXT = "BodyText",
            HEADING_4 = "Heading4",
            LIST = "ListParagraph",
            TOC_HEADING = "TOCHeading",
            TABLE_GRID = "TableGrid";

    /** Twips the first line of body text is indented by (1.25 cm, as plan books indent their paragraphs). */
    public static final int FIRST_LINE_INDENT = 709;

    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** The style of table-of-contents entries of {@code level} 1 to 3. */
    public static String toc(int level) {
        return "TOC" + level;
    }

    private DocxStyles() {}

    /** Built once per thread and copied into each document: building them took a tenth of a one-page form's time. */
    private static final ThreadLocal<CTStyles> TEMPLATE = ThreadLocal.withInitial(DocxStyles::styles);

    public static void install(XWPFDocument doc) {
        doc.createStyles().setStyles((CTStyles) TEMPLATE.get().copy());
    }

    /** Adds the styles {@code doc} (an office's template) lacks, leaving the ones it has as the office made them. */
    public static void addMissing(XWPFDocument doc) {
        XWPFStyles existing = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        for (CTStyle style : styles().getStyleArray()) {
            if (!existing.styleExist(style.getStyleId())) {
                existing.addStyle(new XWPFStyle((CTStyle) style.copy(), existing));
            }
        }
    }

    private static CTStyles styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        font(defaults, ThaiRuns.BODY_PT, false);
        defaults.addNewLang().setBidi("th-TH");
        paragraph(styles, NORMAL, "Normal", null, ThaiRuns.BODY_PT, false).setDefault(true);
        CTStyle title = paragraph(styles, TITLE, "Title", NORMAL, 20, true);
        title.getPPr().addNewJc().setVal(STJc.CENTER);
        heading(styles, HEADING_1, "heading 1", 18, 0);
        heading(styles, HEADING_2, "heading 2", 17, 1);
        heading(styles, HEADING_3, "heading 3", ThaiRuns.BODY_PT, 2);
        paragraph(styles, TABLE_TEXT, "Table Text", NORMAL, ThaiRuns.SMALL_PT, false);
        paragraph(styles, CAPTION, "caption", NORMAL, ThaiRuns.SMALL_PT, false)
                .getRPr()
                .addNewI();
        paragraph(styles, FOOTER, "footer", NORMAL, 12, false);
        longDocument(styles);
        return styles;
    }

    private static void longDocument(CTStyles styles) {
        paragraph(styles, SUBTITLE, "Subtitle", NORMAL, 18, true)
                .getPPr()
                .addNewJc()
                .setVal(STJc.CENTER);
        paragraph(styles, BODY_TEXT, "Body Text", NORMAL, ThaiRuns.BODY_PT, false)
                .getPPr()
                .addNewInd()
                .setFirstLine(BigInteger.valueOf(FIRST_LINE_INDENT));
        CTPPrGeneral h4 = paragraph(styles, HEADING_4, "heading 4", NORMAL, ThaiRuns.BODY_PT, true)
                .getPPr();
        h4.addNewKeepNext();
        h4.getSpacing().setBefore(BigInteger.valueOf(120));
        paragraph(styles, LIST, "List Paragraph", NORMAL, ThaiRuns.BODY_PT, false);
        paragraph(styles, TOC_HEADING, "TOC Heading", NORMAL, 18, true)
                .getPPr()
                .addNewJc()
                .setVal(STJc.CENTER);
        for (int level = 1; level <= 3; level++) {
            CTPPrGeneral toc = paragraph(styles, toc(level), "toc " + level, NORMAL, ThaiRuns.BODY_PT, level == 1)
                    .getPPr();
            toc.addNewInd().setLeft(BigInteger.valueOf(425L * (level - 1)));
            var tab = toc.addNewTabs().addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setLeader(STTabTlc.DOT);
            tab.setPos(BigInteger.valueOf(ThaiRuns.TEXT_WIDTH));
        }
        tableGrid(styles);
    }

    /**
     * A table style with single borders all round and inside, so a table an official adds looks like ours. Written
     * through a cursor: POI's lean schema jar lacks the typed class of a style's table properties.
     */
    private static void tableGrid(CTStyles styles) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.TABLE);
        style.setStyleId(TABLE_GRID);
        style.addNewName().setVal("Table Grid");
        try (XmlCursor cursor = style.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement("tblPr", W_NS);
            cursor.beginElement("tblBorders", W_NS);
            for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
                cursor.beginElement(side, W_NS);
                cursor.insertAttributeWithValue("val", W_NS, "single");
                cursor.insertAttributeWithValue("sz", W_NS, "4");
                cursor.insertAttributeWithValue("space", W_NS, "0");
                cursor.insertAttributeWithValue("color", W_NS, "000000");
                cursor.toNextToken(); // out of the border element
            }
        }
    }

    private static void heading(CTStyles styles, String id, String name, int pt, int level) {
        CTPPrGeneral ppr = paragraph(styles, id, name, NORMAL, pt, true).getPPr();
        ppr.addNewKeepNext();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        ppr.getSpacing().setAfter(BigInteger.valueOf(60));
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn, int pt, boolean bold) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        style.addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);
        font(style.addNewRPr(), pt, bold);
        return style;
    }

    private static void font(CTRPr rpr, int pt, boolean bold) {
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(ThaiRuns.FONT);
        fonts.setHAnsi(ThaiRuns.FONT);
        fonts.setCs(ThaiRuns.FONT);
        fonts.setEastAsia(ThaiRuns.FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(2L * pt));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(2L * pt));
        if (bold) {
            rpr.addNewB();
            rpr.addNewBCs();
        }
    }
}
