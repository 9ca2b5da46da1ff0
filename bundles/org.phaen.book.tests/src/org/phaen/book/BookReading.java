/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
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
