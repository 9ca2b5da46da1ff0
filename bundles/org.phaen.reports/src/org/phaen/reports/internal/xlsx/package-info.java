/**
 * The numbers of a report as an XLSX workbook: an info sheet with the title lines, then one sheet per table.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.internal.xlsx.XlsxWriter#write(org.phaen.reports.internal.document.Report, java.io.OutputStream)}.
 * <p>
 * <b>Contract:</b> numbers are numeric cells (sums and charts work in the spreadsheet) keeping the decimals they
 * were entered with; cell styles are shared per number format and tone, so large plans stay within the
 * workbook's style limit. The caller owns the stream.
 * <p>
 * <b>Threads:</b> stateless: any thread.
 */
package org.phaen.reports.internal.xlsx;
