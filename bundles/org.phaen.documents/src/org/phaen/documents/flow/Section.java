/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.List;

/**
 * Pages of one orientation: a new section starts on a new page. {@code cover} marks the cover, which has no page
 * footer.
 */
public record Section(Orientation orientation, boolean cover, List<Block> blocks) {

    /** Which way the A4 page stands. */
    public enum Orientation {
        PORTRAIT,
        LANDSCAPE
    }

    public Section {
        blocks = List.copyOf(blocks);
    }

    public static Section portrait(List<Block> blocks) {
        return new Section(Orientation.PORTRAIT, false, blocks);
    }

    public static Section landscape(List<Block> blocks) {
        return new Section(Orientation.LANDSCAPE, false, blocks);
    }

    public static Section cover(List<Block> blocks) {
        return new Section(Orientation.PORTRAIT, true, blocks);
    }

    public Section mapText(java.util.function.UnaryOperator<String> f) {
        return new Section(
                orientation, cover, blocks.stream().map(b -> b.mapText(f)).toList());
    }

    public boolean landscape() {
        return orientation == Orientation.LANDSCAPE;
    }
}
