/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.List;

/**
 * A numbered or bulleted list. Each item carries its marker as shown (“๑.”, “(๒)”, “•”), so every format numbers
 * alike; {@code depth} 0 is the outermost level.
 */
public record ItemList(Kind kind, List<Item> items, String anchor) implements Block {

    /** Whether the markers count or mark. */
    public enum Kind {
        NUMBERED,
        BULLETED
    }

    /** One entry: its marker, its text and its indent level. */
    public record Item(String marker, List<Run> runs, int depth, String anchor) {

        public Item {
            marker = marker == null ? "" : marker;
            runs = List.copyOf(runs);
        }

        public static Item of(String marker, String text) {
            return new Item(marker, List.of(Run.of(text)), 0, null);
        }

        public Item mapText(java.util.function.UnaryOperator<String> f) {
            return new Item(marker, runs.stream().map(r -> r.mapText(f)).toList(), depth, anchor);
        }

        public String text() {
            StringBuilder out = new StringBuilder();
            runs.forEach(r -> out.append(r.text()));
            return out.toString();
        }
    }

    public ItemList {
        items = List.copyOf(items);
    }

    @Override
    public ItemList mapText(java.util.function.UnaryOperator<String> f) {
        return new ItemList(kind, items.stream().map(i -> i.mapText(f)).toList(), anchor);
    }
}
