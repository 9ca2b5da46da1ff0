/**
 * Instruments as XLSForms ({@code .xlsform.xlsx}) for KoboToolbox and pyxform.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.instruments.internal.xlsform.XlsFormRenderer} (format {@code xlsform}).
 * <p>
 * <b>Contract:</b> {@code survey}, {@code choices} and {@code settings} sheets with {@code label::Thai (th)}
 * and {@code label::English (en)} columns, built from the same {@link org.phaen.instruments.xform.FormOutline}
 * as the XForm: the same form id, version, node names and choice values. All cells are text.
 * <p>
 * <b>Threads:</b> stateless; any thread, as long as the instrument is not changed meanwhile.
 */
package org.phaen.instruments.internal.xlsform;
