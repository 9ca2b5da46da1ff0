/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.docx;

import static org.phaen.documents.docx.ThaiRuns.BODY_PT;
import static org.phaen.documents.docx.ThaiRuns.run;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.phaen.documents.Wording;
import org.phaen.documents.docx.DocxFooter;
import org.phaen.documents.docx.DocxStyles;
import org.phaen.documents.docx.DocxText;
import org.phaen.documents.docx.ThaiRuns;
import org.phaen.reports.internal.document.Block;
import org.phaen.reports.internal.document.Report;

/**
 * Writes a {@link Report} as a Word document laid out like the instruments (shared {@link ThaiRuns}: Thai official
 * margins, TH Sarabun New 16 pt, tables 14 pt, the shared styles and a footer with the title and the page as n/N), on A4
 * landscape. Charts are left out: Word needs a bitmap beside an SVG
 * picture, and the tables carry the same numbers.
 */
public final class DocxWriter {

    private DocxWriter() {}

    public static void write(Report report, OutputStream out) throws IOException {
        try (XWPFDocument doc = ThaiRuns.document()) {
            ThaiRuns.landscape(doc);
            DocxFooter.write(doc, report.title(), Wording.THAI);
            doc.getProperties().getCoreProperties().setTitle(DocxText.clean(report.title()));
            doc.getProperties().getCoreProperties().setCreator("Phaen");
            XWPFParagraph title = ThaiRuns.paragraph(doc, ParagraphAlignment.CENTER, 0);
            title.setStyle(DocxStyles.TITLE);
            run(title, report.title(), 20, true);
            for (String line : report.subtitle()) {
                run(ThaiRuns.paragraph(doc, ParagraphAlignment.CENTER, 0), line, BODY_PT, false);
            }
            ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 120);
            for (Block block : report.blocks()) {
                switch (block) {
                    case Block.Heading h -> heading(doc, h);
                    case Block.Paragraph p ->
                        run(ThaiRuns.paragraph(doc, ParagraphAlignment.BOTH, 120), p.text(), ThaiRuns.SMALL_PT, false);
                    case Block.Table t -> DocxTables.write(doc, t, ThaiRuns.LANDSCAPE_TEXT_WIDTH);
                    case Block.Chart c -> {
                        // see the class comment: the table after the chart holds its numbers
                    }
                }
            }
            doc.write(out);
        }
        out.flush();
    }

    private static void heading(XWPFDocument doc, Block.Heading h) {
        XWPFParagraph p = ThaiRuns.paragraph(doc, ParagraphAlignment.LEFT, 60);
        p.setStyle(h.level() <= 2 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2);
        p.setSpacingBefore(240);
        p.setKeepNext(true);
        run(p, h.text(), h.level() <= 2 ? 18 : BODY_PT, true);
    }
}
