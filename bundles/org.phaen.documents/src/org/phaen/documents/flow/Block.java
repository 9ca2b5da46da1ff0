/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.function.UnaryOperator;

/**
 * A part of a section. Renderers switch over the permitted kinds, so a new kind does not compile until every
 * renderer handles it.
 */
public sealed interface Block permits Heading, Paragraph, ItemList, Table, Contents, PageBreak, Figure {

    /** The model element the block shows (usually its UUID), or {@code null}. */
    String anchor();

    /**
     * The same block with every text passed through {@code f} (redaction for a public copy); numbers, markers, anchors
     * and drawings untouched.
     */
    Block mapText(UnaryOperator<String> f);
}
