/**
 * A document as a tree of plain, immutable values that every format walks the same way: the book of a plan is
 * built once as a {@link org.phaen.documents.flow.FlowDocument} and written as DOCX
 * ({@link org.phaen.documents.docx.DocxFlowWriter}), PDF and HTML by renderers that know nothing of the model.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.documents.flow.FlowDocument} (title, footer code, digits, sections),
 * {@link org.phaen.documents.flow.Section} (a run of pages in one orientation) and the {@link org.phaen.documents.flow.Block}s
 * a section holds: {@link org.phaen.documents.flow.Heading}, {@link org.phaen.documents.flow.Paragraph} (of
 * {@link org.phaen.documents.flow.Run}s), {@link org.phaen.documents.flow.ItemList}, {@link org.phaen.documents.flow.Table},
 * {@link org.phaen.documents.flow.Contents}, {@link org.phaen.documents.flow.PageBreak} and {@link org.phaen.documents.flow.Figure}.
 * <p>
 * <b>Contract:</b>
 * <ul>
 * <li>Every text is final: the builder has already chosen the language and turned digits into Thai digits where
 * the document uses them; a renderer writes the text as given and never converts numbers. Heading numbers and list
 * markers are text too ({@link org.phaen.documents.flow.Heading#number()}, {@link org.phaen.documents.flow.ItemList.Item#marker()}),
 * so every format numbers alike.</li>
 * <li>An {@code anchor} (headings, paragraphs, list items, table rows, figures) names the model element the block
 * shows, usually its UUID; renderers make it a bookmark or an HTML id ({@link org.phaen.documents.docx.DocxText#bookmark}),
 * the first block with a given anchor getting it. {@code null} means none.</li>
 * <li>Headings of level 1 to 3 go into the table of contents and the PDF outline; {@link org.phaen.documents.flow.Contents}
 * marks where the table of contents stands.</li>
 * <li>A table cell spanning rows ({@link org.phaen.documents.flow.Table.Cell#rowSpan()}) covers the cells below it:
 * the rows below leave those cells out, as HTML does. A table's header rows repeat on every page and no row is
 * split across pages.</li>
 * <li>A {@link org.phaen.documents.flow.Figure} is a slot for a vector drawing: its SVG (and, for formats without
 * SVG, a PNG of it) may be absent, in which case renderers keep the caption and leave the space out.</li>
 * <li>Every record copies its lists, so a tree, once built, never changes; {@code equals} compares content.</li>
 * </ul>
 * <p>
 * <b>Threads:</b> immutable; any thread.
 */
package org.phaen.documents.flow;
