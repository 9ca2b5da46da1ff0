/**
 * Alignment sheets: a plan's alignments as an XLSX sheet to review and edit in Excel or LibreOffice, and the
 * edited sheet read back into the plan.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.exchange.alignment.AlignmentCandidates} (every element a row may align to,
 * under a short key); {@link org.phaen.exchange.alignment.AlignmentSheetWriter#write};
 * {@link org.phaen.exchange.alignment.AlignmentSheetReader#read} (the alignments each listed element should have,
 * and every problem by row); {@link org.phaen.exchange.alignment.AlignmentChanges} ({@code count} beforehand,
 * {@code apply}).
 * <p>
 * <b>Contract:</b> all or nothing: the reader collects every problem with its row number and the caller applies
 * nothing unless there are none. Rows name their element by the hidden UUID (or by plan and code for a row
 * typed in); an alignment the sheet keeps (same target and kind) keeps its UUID; elements the sheet does not list
 * are left alone. Reading and writing never change the plan; {@code apply} does.
 * <p>
 * <b>Threads:</b> on the thread that owns the plan; run {@code AlignmentChanges.apply} inside a command of the
 * plan's editing domain when it must be undoable (the workbench does).
 */
package org.phaen.exchange.alignment;
