/**
 * Instruments as ODK XForm 1.0 for ODK Collect, Enketo and ODK Central, with Thai (default) and English
 * translations.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.instruments.xform.XFormRenderer} (format {@code xform});
 * {@link org.phaen.instruments.xform.FormOutline#of} (groups, node names, paths and choices decided once; the
 * XLSForm renderer, the importers' answer mapping and the sample-data generator use the same outline);
 * {@link org.phaen.instruments.xform.XmlText} (text XML 1.0 can carry).
 * <p>
 * <b>Contract:</b> the form id, version, node names and choice values are the XLSForm's too, so data collected
 * with either form reads the same; node names are made safe from the codes planners typed. Item UUIDs are written as
 * {@code phaen:uuid} on the binds and the instrument UUID on the instance. Yes/no answers are stored as
 * {@code yes}/{@code no}, scale levels as their numeric values. Every form parses and validates in JavaRosa.
 * <p>
 * <b>Threads:</b> stateless; any thread, as long as the instrument is not changed meanwhile.
 */
package org.phaen.instruments.xform;
