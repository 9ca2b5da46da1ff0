/**
 * The Thai fonts Phaen ships: the Sarabun family (SIL Open Font License, licence beside the files), for PDFs,
 * report pages and diagram text metrics.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.fonts.ThaiFonts#awt} (a Java2D font),
 * {@link org.phaen.fonts.ThaiFonts#bytes} and {@link org.phaen.fonts.ThaiFonts#open} (the TTF file), by
 * {@link org.phaen.fonts.ThaiFonts.Weight}.
 * <p>
 * <b>Contract:</b> the fonts come from this bundle's class path, inside OSGi and in a plain jar alike, never from the
 * machine's fonts, so documents look the same everywhere. Callers must not change the returned bytes.
 * <p>
 * <b>Threads:</b> safe from any thread (loading is synchronised and cached).
 */
package org.phaen.fonts;
