/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.phaen.documents.Wording;
import org.phaen.documents.flow.Block;
import org.phaen.documents.flow.Contents;
import org.phaen.documents.flow.Figure;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.flow.Heading;
import org.phaen.documents.flow.ItemList;
import org.phaen.documents.flow.PageBreak;
import org.phaen.documents.flow.Paragraph;
import org.phaen.documents.flow.Section;
import org.phaen.documents.flow.Table;

/**
 * Writes a {@link FlowDocument} as a Word document an official can keep editing: every paragraph in a named style
 * of {@link DocxStyles} (text takes its font from the style, so changing a style changes the document), a TOC field,
 * one Word section per {@link Section} (landscape where asked, the cover without a footer), tables through
 * {@link DocxTable} (header rows repeated, rows never split), a bookmark per model element named from its UUID, and
 * nothing that changes from one run to the next (no dates), so two runs on the same tree give the same parts.
 */
public final class DocxFlowWriter {

    private DocxFlowWriter() {}

    /** {@code document} into a new document with Phaen's styles and page set-up; the contents without page numbers. */
    public static void write(FlowDocument document, OutputStream out) throws IOException {
        write(document, List.of(), out);
    }

    /**
     * {@code document} into a new document with Phaen's styles and page set-up; the table of contents shows
     * {@code headingPages} (each heading's page in reading order, as {@code PdfFlowWriter.headingPages} gives them)
     * until Word or LibreOffice updates it.
     */
    public static void write(FlowDocument document, List<Integer> headingPages, OutputStream out) throws IOException {
        try (XWPFDocument doc = ThaiRuns.document()) {
            write(document, headingPages, doc, out);
        }
    }

    /**
     * {@code document} into an office's template: its styles, page set-up, headers and footers are kept, and its logo
     * fills the cover's logo slot (slot {@code "logo"}) where the document leaves it empty; {@code headingPages} as
     * above.
     */
    public static void write(FlowDocument document, DocxTemplate template, List<Integer> headingPages, OutputStream out)
            throws IOException {
        FlowDocument filled =
                template.logo().map(logo -> document.fill("logo", logo)).orElse(document);
        try (XWPFDocument doc = template.document()) {
            write(filled, headingPages, doc, out);
        }
    }

    private static void write(FlowDocument document, List<Integer> headingPages, XWPFDocument doc, OutputStream out)
            throws IOException {
        DocxPageSections pages = new DocxPageSections(doc);
        if (!pages.hasFooter()) {
            DocxFooter.write(doc, document.footerCode(), Wording.of(document.english()));
        }
        var properties = doc.getProperties().getCoreProperties();
        properties.setTitle(DocxText.clean(document.title()));
        properties.setCreator("Phaen");
        properties.setCreated(java.util.Optional.empty());
        doc.getSettings().setUpdateFields(); // Word updates the TOC when it opens the file
        DocxBookmarks bookmarks = new DocxBookmarks(document);
        List<Heading> headings = document.blocks().stream()
                .filter(Heading.class::isInstance)
                .map(Heading.class::cast)
                .toList();
        List<Section> sections = document.sections();
        DocxHeadingNumbers numbers = new DocxHeadingNumbers(doc, document.thaiDigits());
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            DocxFlowText text = new DocxFlowText(doc, bookmarks, numbers);
            int width = pages.textWidth(section.landscape());
            for (Block block : section.blocks()) {
                switch (block) {
                    case Heading h -> text.heading(h);
                    case Paragraph p -> text.paragraph(p);
                    case ItemList l -> text.list(l);
                    case Table t -> DocxFlowTable.write(doc, t, width, bookmarks);
                    case Contents c -> DocxContents.write(doc, c, headings, headingPages, bookmarks);
                    case PageBreak b -> text.pageBreak();
                    case Figure f -> text.figure(f, width);
                }
            }
            pages.end(section, i == sections.size() - 1);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        doc.write(bytes);
        StableZip.copy(bytes.toByteArray(), out);
        out.flush();
    }
}
