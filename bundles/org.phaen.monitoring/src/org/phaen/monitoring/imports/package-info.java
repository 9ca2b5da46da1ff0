/**
 * Reading collected files into batches for the monitoring store: filled Phaen data-entry workbooks, ODK
 * Central and KoboToolbox CSV exports of the generated XForms, and report delivery logs.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.monitoring.imports.CollectedFiles#workbook} and
 * {@link org.phaen.monitoring.imports.CollectedFiles#csv} (an {@code ImportBatch} for
 * {@code MonitoringStore.importBatch}); {@link org.phaen.monitoring.imports.DeliveryLog} ({@code isDeliveryLog},
 * {@code read}); problems come as {@link org.phaen.monitoring.imports.ImportException} or, listed by row, as
 * {@link org.phaen.monitoring.imports.RowsRejected}.
 * <p>
 * <b>Contract:</b> a file is all or nothing: its size is checked before it is parsed (zip bombs are refused),
 * its content hashed, every row checked, and any problem means no batch at all, with every problem named by
 * row and cell. The instrument is found by the UUID the workbook hides, or by the CSV's columns; choices picked by
 * label are mapped back to their stored values; a value is read as meant or refused: only well-formed numbers
 * (Thai digits and thousands separators read exactly), dates as dates (B.E. text parsed, a B.E. year in a C.E.
 * date cell refused), no formula without a saved result; a blank cell means "not reported". Nothing here writes
 * to the store or changes the plan.
 * <p>
 * <b>Threads:</b> reading is stateless, but it reads the plans in the given resource set: do it on the thread
 * that owns them, or on a resource set no other thread changes.
 */
package org.phaen.monitoring.imports;
