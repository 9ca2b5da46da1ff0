package org.phaen.documents.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles part every Phaen DOCX carries, so text an official types later keeps the government look: Normal in
 * TH Sarabun New 16 pt (complex-script size and font too, which Word and LibreOffice use for Thai), Title,
 * Heading 1-3 (in the outline, kept with the next paragraph), table text, caption and footer.
 */
public final class DocxStyles {

    public static final String NORMAL = "Normal", TITLE = "Title", HEADING_1 = "Heading1", HEADING_2 = "Heading2",
        HEADING_3 = "Heading3", TABLE_TEXT = "TableText", CAPTION = "Caption", FOOTER = "Footer";

    private DocxStyles() {
    }

    public static void install(XWPFDocument doc) {
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
        paragraph(styles, CAPTION, "caption", NORMAL, ThaiRuns.SMALL_PT, false).getRPr().addNewI();
        paragraph(styles, FOOTER, "footer", NORMAL, 12, false);
        doc.createStyles().setStyles(styles);
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
