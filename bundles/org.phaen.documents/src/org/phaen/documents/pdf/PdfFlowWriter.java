/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
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
 * Writes a {@link FlowDocument} as PDF, page for page what the DOCX shows: shaped Thai in the shipped Sarabun
 * embedded as subsets, one run of pages per {@link Section} (landscape where asked), the table of contents with the
 * page numbers the headings landed on, the outline of parts and headings, a named destination per anchor (model
 * element UUIDs), tables whose header rows repeat and whose rows never split, figures drawn as vector graphics, and
 * the footer “code หน้า n/N” on every page but the cover's. Nothing depends on the clock: the same tree gives the
 * same bytes.
 */
public final class PdfFlowWriter {

    private final boolean actualText;

    public PdfFlowWriter() {
        this(true);
    }

    /** Without ActualText spans, text extraction sees the glyphs themselves (the glyph-position check reads them). */
    public PdfFlowWriter(boolean actualText) {
        this.actualText = actualText;
    }

    public void write(FlowDocument document, OutputStream out) throws IOException {
        writeWithHeadingPages(document, out);
    }

    /**
     * Writes the document; returns the page each heading landed on, as {@link #headingPages} does, so a DOCX written
     * after it takes its contents' page numbers from this layout.
     */
    public List<Integer> writeWithHeadingPages(FlowDocument document, OutputStream out) throws IOException {
        List<Integer> pages;
        try (PDDocument doc = new PDDocument()) {
            Laid laid = lay(doc, document);
            pages = headingPages(document, laid.navigation());
            footers(laid.canvas(), document, laid.coverPages());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(document.title());
            info.setCreator("Phaen");
            doc.getDocumentCatalog().setLanguage(document.english() ? "en" : "th");
            laid.canvas().save(out, document.title() + "\n" + document.footerCode(), laid.navigation());
        }
        out.flush();
        return pages;
    }

    /**
     * The page (counted from 1, 0 when unknown) each heading of {@code document} lands on, in reading order, as
     * {@link #write} lays it out; nothing is saved. The DOCX's table of contents shows them until a word processor
     * updates it (see docs/notes/docx-toc-page-numbers.md).
     */
    public List<Integer> headingPages(FlowDocument document) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            return headingPages(document, lay(doc, document).navigation());
        }
    }

    private static List<Integer> headingPages(FlowDocument document, PdfNavigation navigation) {
        return headings(document).stream()
                .map(h -> navigation.destination(PdfFlowText.headingKey(h)))
                .map(place -> place == null ? 0 : place.page() + 1)
                .toList();
    }

    private record Laid(PdfCanvas canvas, PdfNavigation navigation, List<Integer> coverPages) {}

    private static List<Heading> headings(FlowDocument document) {
        return document.blocks().stream()
                .filter(Heading.class::isInstance)
                .map(Heading.class::cast)
                .toList();
    }

    /** Every section's blocks on pages, the tables of contents filled in; footers and saving are left to the caller. */
    private Laid lay(PDDocument doc, FlowDocument document) throws IOException {
        PdfCanvas canvas = new PdfCanvas(doc, actualText);
        PdfNavigation navigation = new PdfNavigation();
        PdfFlow flow = new PdfFlow(canvas);
        PdfFlowText text = new PdfFlowText(flow, navigation);
        List<Heading> headings = headings(document);
        List<PdfContents> contents = new ArrayList<>();
        List<Integer> coverPages = new ArrayList<>();
        boolean first = true;
        for (Section section : document.sections()) {
            PageFrame frame = section.landscape() ? PageFrame.A4_LANDSCAPE : PageFrame.A4;
            if (first) {
                canvas.onPage(0);
                canvas.replaceFrame(frame);
                flow.y = frame.top();
            } else {
                flow.newPage(frame);
            }
            int start = canvas.pageIndex();
            for (Block block : section.blocks()) {
                switch (block) {
                    case Heading h -> text.heading(h);
                    case Paragraph p -> text.paragraph(p);
                    case ItemList l -> text.list(l);
                    case Table t -> new PdfFlowTable(flow, navigation, t).write();
                    case Contents c -> {
                        PdfContents toc = new PdfContents(flow);
                        toc.place(c, headings);
                        contents.add(toc);
                    }
                    case PageBreak b -> flow.newPage(flow.frame());
                    case Figure f -> PdfFigure.draw(flow, navigation, f);
                }
            }
            if (section.cover()) {
                for (int p = start; p <= canvas.pageIndex(); p++) {
                    coverPages.add(p);
                }
            }
            first = false;
        }
        for (PdfContents toc : contents) {
            toc.fill(navigation, document.thaiDigits());
        }
        return new Laid(canvas, navigation, coverPages);
    }

    /** “code หน้า n/N” at the foot of every page but the cover's, counting every page as Word's fields do. */
    private static void footers(PdfCanvas canvas, FlowDocument document, List<Integer> coverPages) {
        int pages = canvas.pageCount();
        String code =
                document.footerCode() == null || document.footerCode().isBlank() ? "" : document.footerCode() + "  ";
        String page = Wording.of(document.english()).text("page");
        for (int i = 0; i < pages; i++) {
            if (coverPages.contains(i)) {
                continue;
            }
            canvas.onPage(i);
            String label = code + page + " " + PdfContents.digits(i + 1, document.thaiDigits()) + "/"
                    + PdfContents.digits(pages, document.thaiDigits());
            float width = canvas.fonts.width(label, 12, false);
            canvas.text(label, canvas.frame().right() - width, canvas.frame().bottom() - 24, 12, false);
        }
    }
}
