/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.Objects;

/**
 * A heading of level 1 (a part: ส่วนที่ ๑) to 3, or 4 for a heading kept out of the table of contents.
 * {@code number} is its numbering as shown (“ส่วนที่ ๑”, “๒.๑”) or empty; {@code text} its title.
 */
public record Heading(int level, String number, String text, String anchor) implements Block {

    public Heading {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("heading level " + level + " is not 1 to 4");
        }
        number = number == null ? "" : number;
        Objects.requireNonNull(text, "text");
    }

    public static Heading of(int level, String number, String text) {
        return new Heading(level, number, text, null);
    }

    @Override
    public Heading mapText(java.util.function.UnaryOperator<String> f) {
        return new Heading(level, number, f.apply(text), anchor);
    }

    /** Number and title as one line, as a table of contents lists it. */
    public String line() {
        return number.isEmpty() ? text : number + " " + text;
    }
}
