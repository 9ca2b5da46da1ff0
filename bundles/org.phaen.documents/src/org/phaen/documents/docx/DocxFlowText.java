/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.ItemList;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Run;

/**
 * Headings, paragraphs, lists, page breaks and figures of a {@link org.phaen.documents.flow.FlowDocument} as Word
 * paragraphs in the named styles; runs carry only bold and italic (and their complex-script twins, which Thai
 * uses), the font and size come from the style.
 */
final class DocxFlowText {

    /** Twips a list level indents by, and the hanging room for its marker. */
    private static final int LIST_INDENT = 567;

    private final XWPFDocument doc;
    private final DocxBookmarks bookmarks;
    private final DocxHeadingNumbers numbers;
    private int pictures;

    DocxFlowText(XWPFDocument doc, DocxBookmarks bookmarks, DocxHeadingNumbers numbers) {
        this.doc = doc;
        this.bookmarks = bookmarks;
        this.numbers = numbers;
    }

    void heading(Heading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(h.level() == 4 ? DocxStyles.HEADING_4 : "Heading" + h.level());
        boolean numbered = numbers.number(p, h);
        BigInteger id = bookmarks.start(p, h);
        run(p, Run.of(numbered ? h.text() : h.line()));
        bookmarks.end(p, id);
    }

    void paragraph(Paragraph paragraph) {
        XWPFParagraph p = doc.createParagraph();
        style(p, paragraph.role());
        BigInteger id = bookmarks.start(p, paragraph);
        runs(p, paragraph.runs());
        bookmarks.end(p, id);
    }

    void list(ItemList list) {
        boolean first = true;
        for (ItemList.Item item : list.items()) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(DocxStyles.LIST);
            p.setIndentationLeft(LIST_INDENT * (item.depth() + 1));
            p.setIndentationHanging(LIST_INDENT);
            BigInteger listId = first ? bookmarks.start(p, list) : null;
            BigInteger id = bookmarks.start(p, item);
            run(p, Run.of(item.marker() + "\t"));
            runs(p, item.runs());
            bookmarks.end(p, id);
            bookmarks.end(p, listId);
            first = false;
        }
    }

    void pageBreak() {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** The drawing's PNG scaled to fit {@code widthTwips}, then its caption; only the caption while the slot is empty. */
    void figure(Figure figure, int widthTwips) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        BigInteger id = bookmarks.start(p, figure);
        Figure.Drawing drawing = figure.drawing();
        if (drawing != null && drawing.png() != null) {
            double scale = Math.min(1, widthTwips / 20.0 / drawing.widthPt());
            try {
                p.createRun()
                        .addPicture(
                                new ByteArrayInputStream(drawing.png()),
                                Document.PICTURE_TYPE_PNG,
                                figure.slot() + "-" + ++pictures + ".png",
                                Units.toEMU(drawing.widthPt() * scale),
                                Units.toEMU(drawing.heightPt() * scale));
            } catch (IOException | InvalidFormatException e) {
                throw new UncheckedIOException(new IOException("figure " + figure.slot() + ": " + e.getMessage(), e));
            }
        }
        bookmarks.end(p, id);
        if (figure.caption() != null && !figure.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            style(caption, Paragraph.Role.CAPTION);
            run(caption, Run.of(figure.caption()));
        }
    }

    static void style(XWPFParagraph p, Paragraph.Role role) {
        switch (role) {
            case TITLE -> p.setStyle(DocxStyles.TITLE);
            case SUBTITLE -> p.setStyle(DocxStyles.SUBTITLE);
            case BODY -> p.setStyle(DocxStyles.BODY_TEXT);
            case PLAIN -> p.setStyle(DocxStyles.NORMAL);
            case CENTERED -> centred(p, DocxStyles.NORMAL);
            case RIGHT -> {
                p.setStyle(DocxStyles.NORMAL);
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            case CAPTION -> centred(p, DocxStyles.CAPTION);
            case NOTE -> p.setStyle(DocxStyles.TABLE_TEXT);
        }
    }

    private static void centred(XWPFParagraph p, String style) {
        p.setStyle(style);
        p.setAlignment(ParagraphAlignment.CENTER);
    }

    static void runs(XWPFParagraph p, List<Run> runs) {
        runs.forEach(r -> run(p, r));
    }

    /** One run; {@code "\n"} is a line break within the paragraph. */
    static void run(XWPFParagraph p, Run run) {
        XWPFRun r = p.createRun();
        if (run.lineBreak()) {
            r.addBreak();
            return;
        }
        if (run.bold()) {
            r.setBold(true);
            r.getCTR().getRPr().addNewBCs(); // Thai bold is complex-script bold
        }
        if (run.italic()) {
            r.setItalic(true);
            r.getCTR().getRPr().addNewICs();
        }
        r.setText(DocxText.clean(run.text()));
    }
}
