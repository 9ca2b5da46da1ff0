/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.phaen.instruments.cli.FormContent.BookmarkEnd;
import org.phaen.instruments.cli.FormContent.BookmarkStart;
import org.phaen.instruments.cli.FormContent.Field;
import org.phaen.instruments.cli.FormContent.Paragraph;
import org.phaen.instruments.cli.FormContent.Run;
import org.phaen.instruments.cli.FormContent.Table;

/**
 * The anchor of {@code bench instruments}: one progress form written with Apache POI alone, the way a programmer would
 * write it by hand with POI's usermodel. It writes what Phaen's first form holds ({@link FormContent}): the same
 * styles part, page, footer with its page fields, paragraphs, runs (TH Sarabun New on all four font slots, size and
 * complex-script size, Thai language, bold also as complex-script bold), bookmarks and tables with their column
 * widths; writing it runs no Phaen code.
 */
final class RawPoiForm implements RawForm {

    private static final String FONT = "TH Sarabun New";

    private static final FontCharRange[] FONT_SLOTS = {
        FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs, FontCharRange.eastAsia
    };

    private final FormContent form;

    private RawPoiForm(FormContent form) {
        this.form = form;
    }

    /** The content of a DOCX that Phaen wrote. */
    static RawPoiForm of(byte[] docx) throws IOException {
        return new RawPoiForm(FormContent.of(docx));
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles((CTStyles) form.styles().copy());
            page(doc);
            XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            fill(footer, form.footer());
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(form.title());
            core.setIdentifier(form.identifier());
            core.setCreator(form.creator());
            for (Object element : form.body()) {
                if (element instanceof Table t) {
                    table(doc, t);
                } else {
                    fill(doc.createParagraph(), (Paragraph) element);
                }
            }
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(11906));
        section.getPgSz().setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setTop(BigInteger.valueOf(1417));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFTable table = doc.createTable(t.rows().size(), t.widths().length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(IntStream.of(t.widths()).sum()));
        table.setCellMargins(0, 57, 0, 57);
        var grid = table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : t.widths()) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            row.setRepeatHeader(r < t.headerRows());
            List<Paragraph> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(Integer.toString(t.widths()[c]));
                fill(row.getCell(c).getParagraphs().get(0), cells.get(c));
            }
        }
    }

    private static void fill(XWPFParagraph p, Paragraph content) {
        if (content.style() != null) {
            p.setStyle(content.style());
        }
        p.setAlignment(content.alignment());
        if (content.before() >= 0) {
            p.setSpacingBefore(content.before());
        }
        if (content.after() >= 0) {
            p.setSpacingAfter(content.after());
        }
        if (content.left() >= 0) {
            p.setIndentationLeft(content.left());
        }
        if (content.hanging() >= 0) {
            p.setIndentationHanging(content.hanging());
        }
        if (content.keepNext()) {
            p.setKeepNext(true);
        }
        if (content.ruleAbove()) {
            p.setBorderTop(Borders.SINGLE);
        }
        for (Object piece : content.pieces()) {
            switch (piece) {
                case Run r -> run(p, r);
                case BookmarkStart b -> {
                    var start = p.getCTP().addNewBookmarkStart();
                    start.setId(BigInteger.valueOf(b.id()));
                    start.setName(b.name());
                }
                case BookmarkEnd b -> p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(b.id()));
                case Field f -> field(p, f);
                default -> throw new IllegalStateException(piece.toString());
            }
        }
    }

    private static void run(XWPFParagraph p, Run content) {
        XWPFRun run = p.createRun();
        run.setFontSize(content.size());
        run.setComplexScriptFontSize(content.size());
        for (FontCharRange range : FONT_SLOTS) {
            run.setFontFamily(FONT, range);
        }
        CTRPr rpr = run.getCTR().getRPr();
        rpr.addNewLang().setBidi("th-TH");
        if (content.bold()) {
            run.setBold(true);
            rpr.addNewBCs();
        }
        if (content.italic()) {
            run.setItalic(true);
        }
        if (content.underline()) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        if (content.breakBefore()) {
            run.addBreak();
        }
        run.setText(content.text());
    }

    private static void field(XWPFParagraph p, Field content) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(content.instruction());
        var run = field.addNewR();
        var rpr = run.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(24));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(24));
        run.addNewT().setStringValue(content.shown());
    }
}
