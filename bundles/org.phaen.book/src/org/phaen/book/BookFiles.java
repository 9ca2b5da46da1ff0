/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.phaen.book.strategic.AnnexDiagrams;
import org.phaen.documents.docx.DocxFlowWriter;
import org.phaen.documents.docx.DocxTemplate;
import org.phaen.documents.flow.FlowDocument;
import org.phaen.documents.html.HtmlFlowWriter;
import org.phaen.documents.pdf.PdfFlowWriter;
import org.phaen.instruments.OutputFiles;

/**
 * Writes one book in its formats into a folder, named from the plan's code (made safe as instrument files are). A file
 * is written beside its final name and moved into place, so a failed run never leaves half a book. The DOCX's contents
 * take their page numbers from the PDF's layout: the book is laid out once for both when the PDF is written first
 * ({@link #inWritingOrder}).
 */
public final class BookFiles {

    private final FlowDocument book;
    private List<Integer> headingPages; // each heading's page in the PDF's layout, once laid out

    public BookFiles(FlowDocument book) {
        this.book = book;
    }

    /** The formats in the order to write them: the PDF before the DOCX, which reuses its layout; otherwise as given. */
    public static List<BookFormat> inWritingOrder(Collection<BookFormat> formats) {
        return formats.stream()
                .sorted(Comparator.comparing(format -> format != BookFormat.PDF))
                .toList();
    }

    public Path write(BookFormat format, Path template, Path folder, String code) throws IOException {
        Path file = OutputFiles.inside(folder, code == null || code.isBlank() ? "book" : code, format.extension());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(format, template == null ? null : DocxTemplate.open(template), out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The book in one format; the DOCX gets its diagrams as 300 dpi pictures and its contents the page numbers of
     * the PDF's layout (LibreOffice shows them as written), the PDF and HTML draw the diagrams as vectors.
     */
    public void write(BookFormat format, DocxTemplate template, OutputStream out) throws IOException {
        switch (format) {
            case DOCX -> {
                FlowDocument pictured = AnnexDiagrams.withPictures(book);
                if (headingPages == null) {
                    headingPages = new PdfFlowWriter().headingPages(book);
                }
                if (template == null) {
                    DocxFlowWriter.write(pictured, headingPages, out);
                } else {
                    DocxFlowWriter.write(pictured, template, headingPages, out);
                }
            }
            case PDF -> headingPages = new PdfFlowWriter().writeWithHeadingPages(book, out);
            case HTML -> HtmlFlowWriter.write(book, out);
        }
    }
}
