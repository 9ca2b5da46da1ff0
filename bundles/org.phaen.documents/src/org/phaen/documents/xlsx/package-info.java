/**
 * Spreadsheets as Phaen writes and reads them, shared by every Phaen XLSX a person edits (the instrument
 * workbooks, the alignment sheet, the plan workbook, the eMENSCR sheet).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.documents.xlsx.SheetStyles} (TH Sarabun New 16, header styles, dates shown
 * in B.E.), {@link org.phaen.documents.xlsx.HeaderRows} (Thai headers over English, frozen, a hidden UUID column),
 * {@link org.phaen.documents.xlsx.DropDowns} (lists to choose from), {@link org.phaen.documents.xlsx.CellReading}
 * (a cell as the text, number or date a person meant, or a problem saying why not) and
 * {@link org.phaen.documents.xlsx.TypedText} (numbers with Thai digits and thousands separators, dates in B.E. or
 * C.E.).
 * <p>
 * <b>Contract:</b> nothing is guessed: a value that cannot be read exactly is reported, never replaced.
 * <p>
 * <b>Threads:</b> stateless helpers; a workbook is built on one thread at a time.
 */
package org.phaen.documents.xlsx;
