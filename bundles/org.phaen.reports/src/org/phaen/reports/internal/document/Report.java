/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.internal.document;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A report as content, before any format: the dashboard, the summary and the public pages are built once as a
 * Report, and the HTML, DOCX and XLSX writers each render the same content, so the formats cannot disagree.
 */
public record Report(String title, List<String> subtitle, List<Block> blocks) {

    public Report {
        subtitle = List.copyOf(subtitle);
        blocks = List.copyOf(blocks);
    }

    /** Every human-readable text passed through {@code f}; the public pack redacts personal data this way. */
    public Report mapText(UnaryOperator<String> f) {
        return new Report(
                f.apply(title),
                subtitle.stream().map(f).toList(),
                blocks.stream().map(b -> b.mapText(f)).toList());
    }

    public List<Block.Table> tables() {
        return blocks.stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .toList();
    }

    public List<Block.Chart> charts() {
        return blocks.stream()
                .filter(Block.Chart.class::isInstance)
                .map(Block.Chart.class::cast)
                .toList();
    }
}
