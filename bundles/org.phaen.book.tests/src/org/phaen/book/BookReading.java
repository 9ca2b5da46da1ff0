package org.phaen.book;

import java.io.IOException;

/** A written book read back (PDF or HTML): whether an element's anchor is there, its text, and the whole text. */
interface BookReading extends AutoCloseable {

    boolean has(String uuid);

    /** The text the element's anchor stands on (its table row, or its heading), whitespace left out. */
    String at(String uuid) throws IOException;

    /** All the text, whitespace left out. */
    String all();

    @Override
    default void close() throws IOException {}
}
