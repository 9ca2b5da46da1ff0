/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.List;

/**
 * A whole document: its title (document properties), the code shown in the footer beside the page number, whether
 * page numbers are Thai digits and its wording English, and its sections in order.
 */
public record FlowDocument(
        String title, String footerCode, boolean thaiDigits, boolean english, List<Section> sections) {

    public FlowDocument {
        sections = List.copyOf(sections);
    }

    /** The same document with every text passed through {@code f} (title and footer code too). */
    public FlowDocument mapText(java.util.function.UnaryOperator<String> f) {
        return new FlowDocument(
                f.apply(title),
                footerCode == null ? null : f.apply(footerCode),
                thaiDigits,
                english,
                sections.stream().map(s -> s.mapText(f)).toList());
    }

    /** The same document with every empty figure of {@code slot} showing {@code drawing} (a logo, a diagram). */
    public FlowDocument fill(String slot, Figure.Drawing drawing) {
        return expand(b -> List.of(
                b instanceof Figure f && f.empty() && f.slot().equals(slot)
                        ? new Figure(f.slot(), f.caption(), drawing, f.anchor())
                        : b));
    }

    /** The same document with every block replaced by the blocks {@code f} gives for it (none drops it). */
    public FlowDocument expand(java.util.function.Function<Block, List<? extends Block>> f) {
        return new FlowDocument(
                title,
                footerCode,
                thaiDigits,
                english,
                sections.stream()
                        .map(s -> new Section(
                                s.orientation(),
                                s.cover(),
                                s.blocks().stream()
                                        .flatMap(b -> f.apply(b).stream())
                                        .map(Block.class::cast)
                                        .toList()))
                        .toList());
    }

    /** Every block of every section, in reading order. */
    public List<Block> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream()).toList();
    }
}
