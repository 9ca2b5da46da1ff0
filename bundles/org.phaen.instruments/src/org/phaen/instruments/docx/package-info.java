/**
 * Instruments as editable Word documents (Apache POI XWPF), written with the Thai DOCX conventions every Phaen
 * document shares ({@code org.phaen.documents.docx}).
 * <p>
 * <b>Entry points:</b> {@link org.phaen.instruments.docx.DocxRenderer} (format {@code docx}, found through
 * {@link org.phaen.instruments.Renderers}).
 * <p>
 * <b>Contract:</b> the form follows the layout of the HTML form and of Thai government documents; each item's
 * label carries a bookmark named from its UUID and the instrument's UUID is the document's identifier, so a
 * returned form can be matched to the model. Text a planner typed is written as typed, apart from characters
 * XML 1.0 cannot carry.
 * <p>
 * <b>Threads:</b> stateless; one document per call, on any thread, as long as the instrument is not changed
 * meanwhile.
 */
package org.phaen.instruments.docx;
