/**
 * Reports as Word documents, laid out like the instruments (Thai official margins, TH Sarabun New) on A4
 * landscape.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.internal.docx.DocxWriter#write(org.phaen.reports.internal.document.Report, java.io.OutputStream)}.
 * <p>
 * <b>Contract:</b> every table of the report, with a repeated shaded header and tone shading; charts are left
 * out (the tables carry the same numbers). The caller owns the stream.
 * <p>
 * <b>Threads:</b> stateless: any thread.
 */
package org.phaen.reports.internal.docx;
