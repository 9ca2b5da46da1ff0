/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.document;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One table cell: the text every format shows, the exact number behind it (spreadsheets store that, so
 * sums work), a tone, and an optional link (the public pack links to its pages and feedback channels).
 */
public record Cell(String text, BigDecimal number, Tone tone, String href) {

    public Cell {
        text = text == null ? "" : text;
        tone = Objects.requireNonNullElse(tone, Tone.NONE);
    }

    public static Cell text(String text) {
        return new Cell(text, null, Tone.NONE, null);
    }

    /** A number shown as {@code shown} (grouping, decimals), stored exactly; null shows as a dash. */
    public static Cell number(BigDecimal number, String shown) {
        return number == null ? text("-") : new Cell(shown, number, Tone.NONE, null);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, null, Tone.NONE, href);
    }

    public Cell toned(Tone newTone) {
        return new Cell(text, number, newTone, href);
    }

    public boolean numeric() {
        return number != null;
    }
}
