/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.Objects;

/** Text of one look within a paragraph or cell. A line break inside a paragraph is a run of {@code "\n"}. */
public record Run(String text, boolean bold, boolean italic) {

    public Run {
        Objects.requireNonNull(text, "text");
    }

    public static Run of(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    public static Run italic(String text) {
        return new Run(text, false, true);
    }

    public Run mapText(java.util.function.UnaryOperator<String> f) {
        return lineBreak() ? this : new Run(f.apply(text), bold, italic);
    }

    public boolean lineBreak() {
        return "\n".equals(text);
    }
}
