/**
 * PDF with correct Thai, shared by instruments, reports and the plan book.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.documents.pdf.PdfFlowWriter} (a {@link org.phaen.documents.flow.FlowDocument} as
 * PDF: outline per part and heading, contents with page numbers, named destinations per anchor, tables whose header
 * rows repeat and whose rows never split, landscape sections, figures as vector graphics through
 * {@link org.phaen.documents.pdf.SvgPainter}, footers “หน้า n/N”), {@link org.phaen.documents.pdf.PdfCanvas} (pages and their content streams),
 * {@link org.phaen.documents.pdf.PdfFlow} (paragraphs flowing down pages), {@link org.phaen.documents.pdf.PageFrame}
 * (page sizes and official margins), {@link org.phaen.documents.pdf.GlyphPositions} (the check that Thai marks sit
 * on their consonants).
 * <p>
 * <b>Contract:</b> Java2D shapes each line (tone marks and vowels on their consonant) and the shaped glyph ids are
 * written with the shipped Sarabun embedded as a subset of the glyphs used; each line carries ActualText, so copying
 * and searching give back exactly the text written. Lines break only at Thai word boundaries. No timestamps: the file
 * identifier comes from what the document shows, so an unchanged source gives the same bytes.
 * <p>
 * <b>Threads:</b> a canvas belongs to one document and one thread; separate documents may be written in parallel.
 */
package org.phaen.documents.pdf;
