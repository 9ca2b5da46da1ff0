/**
 * Instruments as data-entry workbooks (XLSX): one row per submission, to be filled in Excel or LibreOffice and
 * imported back into the monitoring store.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.instruments.xlsx.XlsxRenderer} (format {@code xlsx}).
 * <p>
 * <b>Contract:</b> Thai over English headers, frozen and locked; drop-down lists and number and date checks per
 * column; dates shown in B.E. and typed in C.E.; a hidden row and column carry the item and instrument UUIDs
 * and the version, which the importer ({@code org.phaen.monitoring.imports}) relies on to read a filled
 * workbook back.
 * <p>
 * <b>Threads:</b> stateless; any thread, as long as the instrument is not changed meanwhile.
 */
package org.phaen.instruments.xlsx;
