/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

import java.util.List;

/** A paragraph of runs in one of the few roles a plan book needs. */
public record Paragraph(Role role, List<Run> runs, String anchor) implements Block {

    /** How a paragraph looks; renderers map each role to a style. */
    public enum Role {
        /** The cover's title: large, bold, centred. */
        TITLE,
        /** The cover's lines under the title: centred, bold. */
        SUBTITLE,
        /** Body text, its first line indented as Thai official prose is. */
        BODY,
        /** Body text without the indent (a line of a directory, a label: value line). */
        PLAIN,
        /** Centred body text. */
        CENTERED,
        /** Body text set to the right (a signature, a date). */
        RIGHT,
        /** The caption of a table or figure, centred and smaller. */
        CAPTION,
        /** A note in the smaller table size. */
        NOTE
    }

    public Paragraph {
        runs = List.copyOf(runs);
    }

    public static Paragraph of(Role role, String text) {
        return new Paragraph(role, List.of(Run.of(text)), null);
    }

    public static Paragraph body(String text) {
        return of(Role.BODY, text);
    }

    @Override
    public Paragraph mapText(java.util.function.UnaryOperator<String> f) {
        return new Paragraph(role, runs.stream().map(r -> r.mapText(f)).toList(), anchor);
    }

    /** The paragraph's text, line breaks as {@code "\n"}. */
    public String text() {
        StringBuilder out = new StringBuilder();
        runs.forEach(r -> out.append(r.text()));
        return out.toString();
    }
}
