/**
 * Thai text laid out in lines, for every document format that sets its own lines (PDF) or sizes columns.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.documents.text.ThaiLines} (words and wrapping), {@link org.phaen.documents.text.LineBreaks}
 * (where a line may end: abbreviations and numbers kept with their words) and
 * {@link org.phaen.documents.text.TextWidths} (widths in the shipped Sarabun).
 * <p>
 * <b>Contract:</b> lines break only where Thai line breaking allows (the JDK's dictionary-based break iterator for
 * "th"); a word wider than the line is split between grapheme clusters, never between a consonant and its marks.
 * <p>
 * <b>Threads:</b> stateless; any thread.
 */
package org.phaen.documents.text;
