package org.phaen.documents.flow;

/**
 * A part of a section. Renderers switch over the permitted kinds, so a new kind does not compile until every
 * renderer handles it.
 */
public sealed interface Block permits Heading, Paragraph, ItemList, Table, Contents, PageBreak, Figure {

    /** The model element the block shows (usually its UUID), or {@code null}. */
    String anchor();
}
