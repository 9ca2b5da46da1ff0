/**
 * Instruments as print-ready PDF forms with correct Thai.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.instruments.internal.pdf.PdfRenderer} (format {@code pdf}).
 * <p>
 * <b>Contract:</b> Java2D shapes each line (tone marks and vowels on their consonant) and PDFBox writes the
 * shaped glyph ids with the shipped Sarabun embedded as a subset (org.phaen.documents.pdf); each line carries ActualText, so copying and
 * searching give back exactly the text written. Lines break only at Thai word boundaries; A4 pages are
 * numbered; the layout matches the DOCX form.
 * <p>
 * <b>Threads:</b> a renderer keeps no state between documents; any thread, as long as the instrument is not
 * changed meanwhile.
 */
package org.phaen.instruments.internal.pdf;
