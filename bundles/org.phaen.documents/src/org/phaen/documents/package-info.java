/**
 * The wording of Phaen's documents in one place.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.documents.Wording} ({@code THAI}, {@code ENGLISH}): the fixed words of the
 * documents (page labels, table keys) from {@code wording_th.properties} and {@code wording_en.properties}.
 * <p>
 * <b>Contract:</b> a missing key is an error, never a silent fallback to another language.
 * <p>
 * <b>Threads:</b> immutable; any thread.
 */
package org.phaen.documents;
