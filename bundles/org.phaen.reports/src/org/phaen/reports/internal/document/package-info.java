/**
 * A report as content before any format: blocks of headings, paragraphs, tables and bar charts, with the
 * tones that flag values.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.reports.internal.document.Report} (title, subtitle lines, blocks);
 * {@link org.phaen.reports.internal.document.Block} (a sealed interface: writers switch over its kinds);
 * {@link org.phaen.reports.internal.document.Cell}, {@link org.phaen.reports.internal.document.BarChart},
 * {@link org.phaen.reports.internal.document.Tone}; {@link org.phaen.reports.internal.document.Numbers} for how numbers read in
 * Thai reports.
 * <p>
 * <b>Contract:</b> every report is built once as a {@code Report} and each writer (HTML, DOCX, XLSX, SVG) renders
 * the same content, so formats cannot disagree; a new kind of block fails to compile until every writer handles
 * it. A cell keeps the exact number behind its text, so spreadsheets can sum it.
 * <p>
 * <b>Threads:</b> immutable values: build on one thread, write on any.
 */
package org.phaen.reports.internal.document;
