/**
 * Word documents as Thai government documents want them, shared by every Phaen DOCX (instruments, reports).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.documents.docx.ThaiRuns} (runs and A4 pages with TH Sarabun New on every
 * font slot and the complex-script sizes) and {@link org.phaen.documents.docx.DocxText} (text XML can carry, item
 * bookmarks), {@link org.phaen.documents.docx.DocxStyles} (the styles part), {@link org.phaen.documents.docx.DocxFooter}
 * (code and หน้า n/N on every page), {@link org.phaen.documents.docx.DocxTable} (the one table writer) and
 * {@link org.phaen.documents.docx.ColumnWidths} (columns sized from their words, measured with the real font);
 * {@link org.phaen.documents.docx.DocxFlowWriter} writes a whole {@link org.phaen.documents.flow.FlowDocument} (named
 * styles, TOC field, landscape sections, spans, bookmarks from UUIDs) and {@link org.phaen.documents.docx.StableZip}
 * makes the file the same from run to run.
 * <p>
 * <b>Contract:</b> text is written as given, apart from characters XML 1.0 cannot carry; every table has a
 * {@code w:tblGrid} whose widths add up to the table's, header rows repeat and rows are never split.
 * <p>
 * <b>Threads:</b> stateless helpers; a document is built on one thread at a time.
 */
package org.phaen.documents.docx;
